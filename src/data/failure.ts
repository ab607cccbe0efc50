/**
 * A typed failure: `{ kind, code, params }`, one member per code, so that narrowing on `code` types
 * `params`. Failures are data; the task pane's messages module is the one place that words them.
 *
 * @example
 * type F = TypedFailure<"cache", { quota: Record<string, never> }>;
 * //=> { kind: "cache"; code: "quota"; params: {} }
 */
export type TypedFailure<Kind extends string, ParamsByCode extends Record<string, object>> = {
  [Code in keyof ParamsByCode & string]: {
    readonly kind: Kind;
    readonly code: Code;
    readonly params: Readonly<ParamsByCode[Code]>;
  };
}[keyof ParamsByCode & string];

/** The params of a code that carries none. */
export type NoParams = Record<string, never>;
