import { describe, expect, it } from 'vitest';
import { panelBounds, type Rect } from './panel-bounds';
import { hidePanel, showPanel, togglePanel, type PanelWindowLike, type ScreenLike } from './panel-toggle';

const SIZE = { width: 640, height: 440 };

function fakePanel(visible = false) {
  const calls: string[] = [];
  const panel: PanelWindowLike & { bounds?: Rect; visible: boolean; destroyed: boolean } = {
    visible,
    destroyed: false,
    isDestroyed: () => panel.destroyed,
    isVisible: () => panel.visible,
    setBounds: (bounds) => {
      panel.bounds = bounds;
      calls.push('setBounds');
    },
    show: () => {
      panel.visible = true;
      calls.push('show');
    },
    focus: () => calls.push('focus'),
    hide: () => {
      panel.visible = false;
      calls.push('hide');
    },
  };
  return { panel, calls };
}

const left: Rect = { x: -1920, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 0, y: 0, width: 2560, height: 1400 };
const screenWithCursorAt = (x: number): ScreenLike => ({
  getCursorScreenPoint: () => ({ x, y: 300 }),
  getDisplayNearestPoint: (point) => ({ workArea: point.x < 0 ? left : right }),
});

describe('togglePanel', () => {
  it('shows a hidden panel on the display under the cursor, then focuses it', () => {
    const { panel, calls } = fakePanel();
    togglePanel(panel, screenWithCursorAt(-500), SIZE);
    expect(calls).toEqual(['setBounds', 'show', 'focus']);
    expect(panel.bounds).toEqual(panelBounds(left, SIZE));
  });

  it('follows the cursor to another display on the next show', () => {
    const { panel } = fakePanel();
    togglePanel(panel, screenWithCursorAt(-500), SIZE);
    togglePanel(panel, screenWithCursorAt(-500), SIZE);
    togglePanel(panel, screenWithCursorAt(800), SIZE);
    expect(panel.bounds).toEqual(panelBounds(right, SIZE));
  });

  it('hides a visible panel without moving it', () => {
    const { panel, calls } = fakePanel(true);
    togglePanel(panel, screenWithCursorAt(0), SIZE);
    expect(calls).toEqual(['hide']);
  });

  it('does nothing with a destroyed window', () => {
    const { panel, calls } = fakePanel();
    panel.destroyed = true;
    togglePanel(panel, screenWithCursorAt(0), SIZE);
    showPanel(panel, screenWithCursorAt(0), SIZE);
    hidePanel(panel);
    expect(calls).toEqual([]);
  });

  it('hidePanel leaves an already hidden panel alone', () => {
    const { panel, calls } = fakePanel(false);
    hidePanel(panel);
    expect(calls).toEqual([]);
  });
});
