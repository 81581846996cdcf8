import { describe, expect, it } from 'vitest';
import { hotkeyPurpose } from './hotkey-purpose';

describe('hotkeyPurpose', () => {
  it('names the panel, the question hotkey, numbered pinned phrases, and passes anything else through', () => {
    expect(hotkeyPurpose('panel')).toEqual({ kind: 'panel' });
    expect(hotkeyPurpose('question')).toEqual({ kind: 'question' });
    expect(hotkeyPurpose('pinned-3')).toEqual({ kind: 'pinned', number: 3 });
    expect(hotkeyPurpose('pinned-x')).toEqual({ kind: 'other', name: 'pinned-x' });
    expect(hotkeyPurpose('syncNow')).toEqual({ kind: 'other', name: 'syncNow' });
  });
});
