import { describe, expect, it } from 'vitest';
import { defaultHotkeys } from './hotkey-settings';
import { storedHotkeys } from './stored-hotkeys';

const DEFAULTS = defaultHotkeys('win32');
const PHRASE = '6f1c1a52-7a4e-4f61-9f0e-2b3c4d5e6f70';

/** What a version before the question hotkey saved: the panel and the pinned phrases only. */
function olderStored(panel: string) {
  const { question: _dropped, ...rest } = DEFAULTS;
  return {
    ...rest,
    panel,
    pinned: rest.pinned.map((pin) => (pin.slot === 1 ? { ...pin, phraseId: PHRASE } : pin)),
  };
}

describe('storedHotkeys', () => {
  it('keeps an older version’s panel and pinned keys and adds the default question hotkey', () => {
    const hotkeys = storedHotkeys(olderStored('Ctrl+Shift+K'), DEFAULTS);
    expect(hotkeys.panel).toBe('Ctrl+Shift+K');
    expect(hotkeys.pinned[0]).toEqual({ slot: 1, phraseId: PHRASE, accelerator: 'Ctrl+Alt+1' });
    expect(hotkeys.question).toBe('Alt+Q');
  });

  it('gives the question Ctrl+Alt+Q when the agent had already put the panel on Alt+Q', () => {
    const hotkeys = storedHotkeys(olderStored('Alt+Q'), DEFAULTS);
    expect(hotkeys.panel).toBe('Alt+Q');
    expect(hotkeys.question).toBe('Ctrl+Alt+Q');
  });

  it('reads what this version saved as it is', () => {
    const saved = { ...DEFAULTS, question: 'Ctrl+Shift+Q' };
    expect(storedHotkeys(saved, DEFAULTS)).toEqual(saved);
  });

  it('falls back to the defaults for nothing saved or a value it cannot read', () => {
    expect(storedHotkeys(undefined, DEFAULTS)).toEqual(DEFAULTS);
    expect(storedHotkeys({ panel: 'not a key', pinned: [] }, DEFAULTS)).toEqual(DEFAULTS);
    expect(storedHotkeys({ ...DEFAULTS, question: 'Q' }, DEFAULTS)).toEqual(DEFAULTS);
  });
});
