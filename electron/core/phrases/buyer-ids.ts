/**
 * A buyer's message can carry who they are: a 旺旺 nick (`tb_lily88`), an @mention, an order or
 * tracking number with letters (`JD0012345ABC`). normalizeQuestion masks digits; these go before
 * it, whole, so no part of a nick or number is ever learned into the team's question bag.
 */

/** `@` and what follows it up to a space: a mention names somebody. */
const MENTION = /@\S+/gu;
/** A run of Latin letters, digits, `_`, `-` and `.`: checked whole by isIdLike. */
const ID_LIKE = /[a-z0-9][a-z0-9_.-]*/giu;

/**
 * Letters mixed with digits or `_-.`: a nick or a number. Short mixes (`2xl`, `5l`) are sizes
 * and volumes a buyer asks about, unless an underscore makes them a nick.
 */
const isIdLike = (word: string): boolean =>
  /[a-z]/i.test(word) && /[0-9_.-]/.test(word) && (word.length >= 5 || word.includes('_'));

export function withoutBuyerIds(text: string): string {
  return text.replace(MENTION, ' ').replace(ID_LIKE, (word) => (isIdLike(word) ? ' ' : word));
}
