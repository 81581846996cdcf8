/**
 * The hotkey's behaviour, over the few window and screen calls it needs so it runs in tests:
 * hidden → move to the display under the cursor, show and focus; visible → hide.
 */
import { panelBounds, type Rect, type Size } from './panel-bounds';

export interface PanelWindowLike {
  isDestroyed(): boolean;
  isVisible(): boolean;
  setBounds(bounds: Rect): void;
  show(): void;
  focus(): void;
  hide(): void;
}

export interface ScreenLike {
  getCursorScreenPoint(): { x: number; y: number };
  getDisplayNearestPoint(point: { x: number; y: number }): { workArea: Rect };
}

export function showPanel(panel: PanelWindowLike, screen: ScreenLike, size: Size): void {
  if (panel.isDestroyed()) return;
  const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
  panel.setBounds(panelBounds(display.workArea, size));
  panel.show();
  panel.focus();
}

export function hidePanel(panel: PanelWindowLike): void {
  if (!panel.isDestroyed() && panel.isVisible()) panel.hide();
}

export function togglePanel(panel: PanelWindowLike, screen: ScreenLike, size: Size): void {
  if (panel.isDestroyed()) return;
  if (panel.isVisible()) hidePanel(panel);
  else showPanel(panel, screen, size);
}
