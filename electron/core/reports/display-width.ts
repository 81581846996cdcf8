/** How wide text shows in Excel: Latin characters take one unit, CJK and full-width ones about two. */
const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export const displayWidth = (text: string): number =>
  Array.from(text).reduce((width, char) => width + (WIDE_CHAR.test(char) ? 2 : 1), 0);
