/** How many characters of untrusted input a message may quote. */
export const EXCERPT_LENGTH = 60;

/**
 * @summary At most `EXCERPT_LENGTH` characters of `text`, with "…" where it was cut, so that a message never
 * repeats a hostile input whole.
 *
 * @example
 * excerpt("x".repeat(1000)).length
 * //=> 61
 */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
