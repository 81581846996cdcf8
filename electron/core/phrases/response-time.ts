/**
 * 响应用时: from taking the buyer's question (question hotkey) to the reply leaving the panel.
 * A gap past an hour is a question left on the clipboard and answered later from elsewhere, not
 * one reply's time; a negative one is a clock that moved. Neither is a response time.
 */
export const MAX_RESPONSE_MS = 60 * 60 * 1000;

export function responseMs(takenAt: number, deliveredAt: number): number | null {
  const elapsed = deliveredAt - takenAt;
  return elapsed >= 0 && elapsed <= MAX_RESPONSE_MS ? elapsed : null;
}
