/**
 * @summary The column letters of a 0-based column index, as templates write addresses.
 *
 * @example
 * columnLetter(0)
 * //=> "A"
 * columnLetter(27)
 * //=> "AB"
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
