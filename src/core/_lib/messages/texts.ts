/**
 * The pieces every text of the core is made of: figures, percents and lists written one way, and the
 * type of a domain's failure texts. The texts themselves live with their domain (shares.ts, capacity.ts
 * and the rest); failureText.ts puts a failure in words.
 */

/**
 * A figure in a text: at most four decimals, thousands separated by commas ("390,000", "0.8574").
 * Written by hand because basis texts are built on every first call with new arguments, and
 * `Intl.NumberFormat` costs about a microsecond per number, several times the rest of the calculation.
 */
export function num(value: number, decimals = 4): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return String(value);
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  const [whole, fraction] = String(Math.abs(rounded)).split(".");
  let grouped = whole;
  for (let i = whole.length - 3; i > 0; i -= 3)
    grouped = `${grouped.slice(0, i)},${grouped.slice(i)}`;
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** A fraction as a percent with one decimal ("69.2%"). */
export function pct(fraction: number): string {
  return `${num(fraction * 100, 1)}%`;
}

/** "2023, 2024" or "none". */
export function list(items: readonly (string | number | null)[]): string {
  const shown = items.filter((i) => i !== null);
  return shown.length > 0 ? shown.join(", ") : "none";
}

/**
 * What each failure code's text needs (read-only once in a failure): `fail` is checked against it, and so

/** The params of a code whose text needs none. */
export type NoParams = Readonly<Record<never, never>>;

/** One text per failure code of `P`, each typed by its code's params. */
export type TextsOf<P> = { readonly [C in keyof P]: (params: P[C]) => string };
