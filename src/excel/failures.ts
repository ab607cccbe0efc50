/**
 * What can go wrong in the workbook, as data: the gateway throws a `GatewayFailure` with a code and the facts
 * behind it, and the task pane's messages module alone turns it into a sentence (so excel/ never imports the
 * pane, and tests compare codes and values, not text).
 */
export interface GatewayFailureParams {
  /** The active cell holds something, so a formula would overwrite it. */
  readonly "cell-not-empty": { readonly address: string };
  /** Cells a table would grow into hold other data. */
  readonly "table-blocked": { readonly table: string; readonly address: string };
  /** The table has columns the dataset does not write (perhaps the analyst's own). */
  readonly "table-has-own-columns": { readonly table: string; readonly columns: readonly string[] };
  /** Excel refuses API calls while a cell is being edited. */
  readonly "cell-edit-mode": Record<string, never>;
  /** The workbook's Excel lacks a requirement set the action needs. */
  readonly "needs-api": { readonly set: string; readonly version: string };
  /** The pin's custom XML part is not a pin this add-in can read. */
  readonly "pin-unreadable": { readonly problem: PinXmlProblem };
}

export type GatewayFailureCode = keyof GatewayFailureParams;

/** One failure: its code and the facts its sentence needs. */
export type GatewayFailureData = {
  [C in GatewayFailureCode]: { readonly code: C; readonly params: GatewayFailureParams[C] };
}[GatewayFailureCode];

/** Why a pin's XML could not be read. */
export type PinXmlProblem =
  /** Not well-formed XML (an unclosed tag, an entity for a character XML does not allow, ...). */
  | { readonly kind: "not-xml" }
  /** Well-formed, but its document element is not our `datasetPin`. */
  | { readonly kind: "not-a-pin" }
  /** A `datasetPin`, with an attribute missing or not in the form the add-in writes. */
  | { readonly kind: "bad-attribute"; readonly attribute: string };

export class GatewayFailure extends Error {
  readonly kind = "gateway";

  constructor(readonly failure: GatewayFailureData) {
    // The message is for logs; the pane shows the sentence messages.ts writes from code and params.
    super(`${failure.code} ${JSON.stringify(failure.params)}`);
    this.name = "GatewayFailure";
  }
}

/**
 * @summary Throws-ready failure of one code.
 *
 * @example
 * gatewayFailure("needs-api", { set: "ExcelApi", version: "1.13" }).failure.code
 * //=> "needs-api"
 */
export function gatewayFailure<C extends GatewayFailureCode>(
  code: C,
  params: GatewayFailureParams[C]
): GatewayFailure {
  return new GatewayFailure({ code, params } as GatewayFailureData);
}

/** Whether a thrown value is one of the gateway's typed failures. */
export function isGatewayFailure(error: unknown): error is GatewayFailure {
  return error instanceof GatewayFailure;
}
