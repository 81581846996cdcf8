/**
 * Text as the desk and the server store it. PostgreSQL refuses NUL in text and jsonb and cannot
 * encode a lone UTF-16 surrogate; other C0 controls (a stray \x1b from a terminal, a form feed
 * from an old export) are never meant. Tab, newline and carriage return stay: they are text.
 * The desk cleans what users type or import (cleanText); both ends refuse what is still unclean
 * (isStorableText) with the same rule, so nothing stored on one side breaks the other.
 */

/** C0 controls but tab (09), newline (0a) and carriage return (0d). */
const CONTROL = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f';
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';

const UNSTORABLE = new RegExp(`[${CONTROL}]|${LONE_SURROGATE}`);
const CONTROLS = new RegExp(`[${CONTROL}]`, 'g');
const LONE_SURROGATES = new RegExp(LONE_SURROGATE, 'g');
/** Anything that might need cleaning: a quick test that most text fails, so it is left as is. */
const SUSPECT = new RegExp(`[${CONTROL}\\ud800-\\udfff]`);

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** Controls removed, lone surrogates replaced by U+FFFD; clean text comes back as it was. */
export function cleanText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(CONTROLS, '').replace(LONE_SURROGATES, '\ufffd');
}

/** The first unstorable character as U+XXXX, for a message naming what is wrong. */
export function firstUnstorable(text: string): string | null {
  const match = UNSTORABLE.exec(text);
  if (!match) return null;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Deeper than any input of ours; a hostile nesting is left for the schema to refuse. */
const MAX_DEPTH = 32;

/**
 * Every string inside a value cleaned (objects and arrays walked), for inputs arriving from a
 * transport. Other values are returned as they are; a value without suspect text is not copied.
 */
export function cleanStrings<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, index) => {
      const cleaned = cleanStrings(item, depth + 1);
      if (cleaned !== item) (copy ??= [...value])[index] = cleaned;
    });
    return (copy ?? value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const cleaned = cleanStrings(item, depth + 1);
      if (cleaned !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = cleaned;
    }
    return (copy ?? value) as T;
  }
  return value;
}
