import { describe, expect, it } from 'vitest';
import { fakeClock, fakeForeground, fakeHand } from './fake-desktop';
import type { Modifier } from './modifier-keys';
import type { PasteOutcome, PasteStep } from './paste-injector';
import {
  AFTER_READ_MS,
  createPasteInjector,
  DEFAULT_RESTORE_BOUND_MS,
  type PasteSequencePorts,
} from './paste-sequence';

/** A clipboard holding one string, with every call recorded in order across all ports. */
function recordingPorts(options: {
  failSnapshot?: boolean;
  /** How many writes fail before writes succeed again. */
  failWrites?: number;
  failRestore?: boolean;
  failBeforePaste?: Error;
  failKeys?: Error;
  classifyFailure?: (error: unknown) => PasteOutcome;
  restoreBoundMs?: number;
}) {
  const log: string[] = [];
  const state = { clipboard: 'previous', failWrites: options.failWrites ?? 0 };
  const ports: PasteSequencePorts<string> = {
    clipboard: {
      snapshot: async () => {
        log.push('snapshot');
        if (options.failSnapshot) throw new Error('clipboard locked');
        return state.clipboard;
      },
      writeText: async (text) => {
        log.push(`write:${text}`);
        if (state.failWrites > 0) {
          state.failWrites -= 1;
          throw new Error('clipboard locked');
        }
        state.clipboard = text;
      },
      restore: async (snapshot) => {
        log.push(`restore:${snapshot}`);
        if (options.failRestore) throw new Error('owner vanished');
        state.clipboard = snapshot;
      },
    },
    keys: {
      sendPaste: async () => {
        log.push('sendPaste');
        if (options.failKeys) throw options.failKeys;
      },
    },
    beforePaste: async () => {
      log.push('beforePaste');
      if (options.failBeforePaste) throw options.failBeforePaste;
    },
    delay: async (ms) => {
      log.push(`delay:${ms}`);
    },
    restoreBoundMs: options.restoreBoundMs,
    classifyFailure: options.classifyFailure,
  };
  return { log, state, injector: createPasteInjector(ports) };
}

const PHRASE = '亲，您的订单 2890345512 已由中通快递发出，运单号 ZT7788990011。';

describe('createPasteInjector', () => {
  it('snapshots, writes, waits for focus, pastes, waits and restores, in that order', async () => {
    const { log, state, injector } = recordingPorts({});
    await expect(injector.paste(PHRASE)).resolves.toEqual({ status: 'pasted' });
    expect(log).toEqual([
      'snapshot',
      `write:${PHRASE}`,
      'beforePaste',
      'sendPaste',
      `delay:${DEFAULT_RESTORE_BOUND_MS}`,
      'restore:previous',
    ]);
    expect(state.clipboard).toBe('previous');
  });

  it('waits the configured restore delay', async () => {
    const { log, injector } = recordingPorts({ restoreBoundMs: 800 });
    await injector.paste(PHRASE);
    expect(log).toContain('delay:800');
  });

  it('sends exactly one paste keystroke and nothing else through the key port', async () => {
    const { log, injector } = recordingPorts({});
    await injector.paste(`${PHRASE}\n`);
    expect(log.filter((entry) => entry === 'sendPaste')).toHaveLength(1);
  });

  it('leaves the text on the clipboard and restores nothing when the keystroke fails', async () => {
    const { log, state, injector } = recordingPorts({ failKeys: new Error('XTest missing') });
    await expect(injector.paste(PHRASE)).resolves.toEqual({
      status: 'copiedOnly',
      reason: 'injectionFailed',
    });
    expect(log).toEqual(['snapshot', `write:${PHRASE}`, 'beforePaste', 'sendPaste']);
    expect(state.clipboard).toBe(PHRASE);
  });

  it('reports the reason the platform classifies', async () => {
    const denied = new Error('not trusted');
    const { injector } = recordingPorts({
      failKeys: denied,
      classifyFailure: (error) => ({
        status: 'copiedOnly',
        reason: error === denied ? 'accessibilityDenied' : 'injectionFailed',
      }),
    });
    await expect(injector.paste(PHRASE)).resolves.toEqual({
      status: 'copiedOnly',
      reason: 'accessibilityDenied',
    });
  });

  it('sends no keystroke and restores nothing when focus never returns', async () => {
    const { log, state, injector } = recordingPorts({ failBeforePaste: new Error('panel still focused') });
    await expect(injector.paste(PHRASE)).resolves.toEqual({
      status: 'copiedOnly',
      reason: 'injectionFailed',
    });
    expect(log).not.toContain('sendPaste');
    expect(log.some((entry) => entry.startsWith('restore'))).toBe(false);
    expect(state.clipboard).toBe(PHRASE);
  });

  it('still reports the paste when the restore fails', async () => {
    const { log, injector } = recordingPorts({ failRestore: true });
    await expect(injector.paste(PHRASE)).resolves.toEqual({ status: 'pasted' });
    expect(log.at(-1)).toBe('restore:previous');
  });

  it('still pastes when the snapshot fails, and then has nothing to restore', async () => {
    const { log, state, injector } = recordingPorts({ failSnapshot: true });
    await expect(injector.paste(PHRASE)).resolves.toEqual({ status: 'pasted' });
    expect(log).toEqual(['snapshot', `write:${PHRASE}`, 'beforePaste', 'sendPaste']);
    expect(state.clipboard).toBe(PHRASE);
  });

  it('throws without a keystroke when the text cannot be written', async () => {
    const { log, injector } = recordingPorts({ failWrites: 1 });
    await expect(injector.paste(PHRASE)).rejects.toThrow('clipboard locked');
    expect(log).toEqual(['snapshot', `write:${PHRASE}`]);
  });

  it('copy writes the text only: no keystroke, no restore', async () => {
    const { log, state, injector } = recordingPorts({});
    await injector.copy(PHRASE);
    expect(log).toEqual([`write:${PHRASE}`]);
    expect(state.clipboard).toBe(PHRASE);
  });

  it('runs a second paste after the first one has restored the clipboard', async () => {
    const { log, state, injector } = recordingPorts({});
    await Promise.all([injector.paste('第一条'), injector.paste('第二条')]);
    expect(log).toEqual([
      'snapshot',
      'write:第一条',
      'beforePaste',
      'sendPaste',
      `delay:${DEFAULT_RESTORE_BOUND_MS}`,
      'restore:previous',
      'snapshot',
      'write:第二条',
      'beforePaste',
      'sendPaste',
      `delay:${DEFAULT_RESTORE_BOUND_MS}`,
      'restore:previous',
    ]);
    expect(state.clipboard).toBe('previous');
  });

  it('keeps a copy made during a paste instead of restoring over it', async () => {
    const { state, injector } = recordingPorts({});
    await Promise.all([injector.paste('粘贴的'), injector.copy('复制的')]);
    expect(state.clipboard).toBe('复制的');
  });

  it('keeps serving after a failed call', async () => {
    const { state, injector } = recordingPorts({ failWrites: 1 });
    await expect(injector.copy('第一条')).rejects.toThrow('clipboard locked');
    await injector.copy('第二条');
    expect(state.clipboard).toBe('第二条');
  });
});

describe('createPasteInjector on a desktop: modifiers, focus, steps, restore timing', () => {
  const CHAT = '0x3a00007';

  function desktopPorts(options: {
    held?: Modifier[];
    focus?: ReturnType<typeof fakeForeground>;
    target?: string | null;
    readAfterMs?: number | null;
    agentCopies?: boolean;
  }) {
    const clock = fakeClock();
    const log: string[] = [];
    const hand = fakeHand(clock, options.held ?? []);
    const focus = options.focus ?? fakeForeground(null);
    let clipboard = 'previous';
    const ports: PasteSequencePorts<string> = {
      clipboard: {
        snapshot: async () => clipboard,
        writeText: async (text) => {
          clipboard = text;
        },
        restore: async (snapshot) => {
          log.push(`restore at ${clock.now()}`);
          clipboard = snapshot;
        },
        ...(options.readAfterMs !== undefined
          ? {
              readByTarget: async (bound: number) => {
                const after = options.readAfterMs ?? Infinity;
                await clock.delay(Math.min(after, bound));
                return after <= bound;
              },
            }
          : {}),
        holds: async (text) => !options.agentCopies && clipboard === text,
      },
      keys: {
        sendPaste: async () => {
          log.push(`paste with [${hand.held().join('+')}] into ${focus.current()}`);
        },
      },
      modifiers: hand,
      foreground: { port: focus, target: () => (options.target === undefined ? CHAT : options.target) },
      delay: clock.delay,
      now: clock.now,
    };
    const steps: PasteStep[] = [];
    return {
      clock,
      log,
      hand,
      focus,
      steps,
      injector: createPasteInjector(ports),
      clipboard: () => clipboard,
    };
  }

  it('releases held Ctrl+Alt and brings the chat client back before the keystroke', async () => {
    const run = desktopPorts({ held: ['ctrl', 'alt'] });
    await expect(run.injector.paste(PHRASE, (step) => run.steps.push(step))).resolves.toEqual({
      status: 'pasted',
    });
    expect(run.log[0]).toBe(`paste with [] into ${CHAT}`);
    expect(run.steps.map(({ step, status }) => `${step}:${status}`)).toEqual([
      'clipboardWrite:pass',
      'modifiers:pass',
      'focus:pass',
      'keystroke:pass',
      'clipboardRestore:pass',
    ]);
    expect(run.steps[1]?.detail).toEqual({ held: 'ctrl+alt', released: 'ctrl+alt' });
    expect(run.steps[2]?.detail).toEqual({ window: CHAT, activations: 1 });
  });

  it('sends no keystroke when the chat client does not come back, and keeps the text on the clipboard', async () => {
    const run = desktopPorts({ focus: fakeForeground('0x4c00003', Infinity) });
    await expect(run.injector.paste(PHRASE, (step) => run.steps.push(step))).resolves.toEqual({
      status: 'copiedOnly',
      reason: 'focusLost',
    });
    expect(run.log).toEqual([]);
    expect(run.clipboard()).toBe(PHRASE);
    expect(run.steps.at(-1)).toMatchObject({ step: 'focus', status: 'fail' });
  });

  it('says when no window was captured (panel opened from the tray) and leaves focus to beforePaste', async () => {
    const run = desktopPorts({ target: null, focus: fakeForeground(CHAT) });
    await run.injector.paste(PHRASE, (step) => run.steps.push(step));
    expect(run.steps.find((step) => step.step === 'focus')).toEqual({
      step: 'focus',
      status: 'skip',
      detail: { reason: 'noTarget' },
    });
  });

  it('restores right after the chat client read the text where reads are seen', async () => {
    const run = desktopPorts({ focus: fakeForeground(CHAT), readAfterMs: 40 });
    await run.injector.paste(PHRASE);
    expect(run.log.at(-1)).toBe(`restore at ${40 + AFTER_READ_MS}`);
  });

  it('waits the longer bound where reads cannot be seen, or where the reader never came', async () => {
    const unseen = desktopPorts({ focus: fakeForeground(CHAT) });
    await unseen.injector.paste(PHRASE);
    expect(unseen.log.at(-1)).toBe(`restore at ${DEFAULT_RESTORE_BOUND_MS}`);
    const neverRead = desktopPorts({ focus: fakeForeground(CHAT), readAfterMs: null });
    await neverRead.injector.paste(PHRASE);
    expect(neverRead.log.at(-1)).toBe(`restore at ${DEFAULT_RESTORE_BOUND_MS}`);
  });

  it('does not put the old clipboard back over something the agent copied meanwhile', async () => {
    const run = desktopPorts({ focus: fakeForeground(CHAT), agentCopies: true });
    await run.injector.paste(PHRASE, (step) => run.steps.push(step));
    expect(run.log.some((entry) => entry.startsWith('restore'))).toBe(false);
    expect(run.steps.at(-1)).toEqual({
      step: 'clipboardRestore',
      status: 'skip',
      detail: { reason: 'agentCopied' },
    });
  });
});
