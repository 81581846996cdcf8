import { describe, expect, it } from 'vitest';
import { pressQuestionHotkey, type QuestionHotkeyDeps } from './question-hotkey';

function desk(visible: boolean) {
  const steps: string[] = [];
  const deps: QuestionHotkeyDeps = {
    panelVisible: () => visible,
    captureForeground: () => void steps.push('capture'),
    takeQuestion: async () => void steps.push('take'),
    hidePanel: () => {
      steps.push('hide');
      visible = false;
    },
    showPanel: () => {
      steps.push('show');
      visible = true;
    },
  };
  return { deps, steps };
}

describe('pressQuestionHotkey', () => {
  it('records the chat window, reads the clipboard, then shows the panel', async () => {
    const { deps, steps } = desk(false);
    await pressQuestionHotkey(deps);
    expect(steps).toEqual(['capture', 'take', 'show']);
  });

  it('keeps the chat window recorded earlier and shows a visible panel afresh so it asks', async () => {
    const { deps, steps } = desk(true);
    await pressQuestionHotkey(deps);
    expect(steps).toEqual(['take', 'hide', 'show']);
  });
});
