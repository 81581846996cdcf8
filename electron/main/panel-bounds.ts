/**
 * Where the reply panel appears: centred horizontally in the work area (taskbar and dock
 * excluded) of the display under the cursor, vertically centred in its upper third, where the
 * eye already is when typing into a chat client. Work areas may start at negative or offset
 * coordinates on multi-monitor setups, so everything is relative to the work area's origin.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export function panelBounds(workArea: Rect, size: Size): Rect {
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  const x = workArea.x + Math.round((workArea.width - width) / 2);
  const centredInUpperThird = Math.round((workArea.height / 3 - height) / 2);
  const y = workArea.y + Math.max(0, Math.min(centredInUpperThird, workArea.height - height));
  return { x, y, width, height };
}
