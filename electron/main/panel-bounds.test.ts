import { describe, expect, it } from 'vitest';
import { panelBounds } from './panel-bounds';

const SIZE = { width: 640, height: 440 };

describe('panelBounds', () => {
  it('centres horizontally and sits in the upper third of a primary display', () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    const bounds = panelBounds(workArea, { width: 640, height: 200 });
    expect(bounds).toEqual({ x: 640, y: 73, width: 640, height: 200 });
    expect(bounds.y + bounds.height / 2).toBeCloseTo(workArea.height / 6, 0);
  });

  it('respects a work area that starts below a top taskbar or menu bar', () => {
    const bounds = panelBounds({ x: 0, y: 25, width: 1440, height: 875 }, { width: 600, height: 200 });
    expect(bounds.x).toBe(420);
    expect(bounds.y).toBe(25 + Math.round((875 / 3 - 200) / 2));
  });

  it('lands on a secondary display to the right', () => {
    const bounds = panelBounds({ x: 1920, y: 0, width: 2560, height: 1400 }, SIZE);
    expect(bounds.x).toBe(1920 + 960);
    expect(bounds.x).toBeGreaterThanOrEqual(1920);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(1920 + 2560);
  });

  it('lands on a display left of and above the primary one (negative coordinates)', () => {
    const workArea = { x: -1280, y: -400, width: 1280, height: 984 };
    const bounds = panelBounds(workArea, SIZE);
    expect(bounds.x).toBe(-1280 + 320);
    expect(bounds.y).toBeGreaterThanOrEqual(-400);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(-400 + 984);
  });

  it('stays at the top of the work area when the panel is taller than a third of it', () => {
    const bounds = panelBounds({ x: 100, y: 50, width: 1366, height: 728 }, SIZE);
    expect(bounds.y).toBe(50);
    expect(bounds.x).toBe(100 + 363);
  });

  it('shrinks to fit a work area smaller than the panel', () => {
    const workArea = { x: 10, y: 20, width: 500, height: 300 };
    expect(panelBounds(workArea, SIZE)).toEqual({ x: 10, y: 20, width: 500, height: 300 });
  });

  it('always returns whole pixels', () => {
    const bounds = panelBounds({ x: 0, y: 0, width: 1365, height: 767 }, { width: 641, height: 101 });
    for (const value of Object.values(bounds)) expect(Number.isInteger(value)).toBe(true);
  });
});
