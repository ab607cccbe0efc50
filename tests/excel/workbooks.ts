/**
 * Workbooks as office-addin-mock data for the gateway tests, one builder per kind of batch: each states what
 * Excel answers (the workbook before the batch) and records what the batch did (see recorded.ts).
 */
import { isGatewayFailure } from "../../src/excel/failures";
import { createExcelGateway } from "../../src/excel/gateway";
import { PIN_NAMESPACE } from "../../src/excel/pin-xml";
import { a1, parseA1, qualifiedAddress } from "../../src/templates/a1";
import { errorText } from "../../src/taskpane/messages";
import { MockExcel, collection, nullable, type Mock } from "./office-context";
import { Recorded, sheetMock, type SheetState } from "./recorded";

/** Requirement sets reported missing ("ExcelApi 1.9"). */
type Missing = readonly string[];

/** The Excel gateway running each batch on a fresh request context. */
function gatewayWith(context: () => Mock, missing: Missing) {
  return createExcelGateway({
    run: (batch) => batch(context() as unknown as Excel.RequestContext),
    isSetSupported: (name, version) => !missing.includes(`${name} ${version}`),
  });
}

/** An Excel table in the workbook before the batch. */
export interface ExistingTable {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly headers: readonly string[];
  /** The used cells of the area the table grows into, when the analyst wrote there ("A1:E7"). */
  readonly usedWhenGrown?: string;
}

export interface WorkbookState {
  /** Sheets besides Sheet1 and, for those with data, the address of their used range. */
  readonly sheets?: Readonly<Record<string, string | null>>;
  readonly tables?: readonly ExistingTable[];
  readonly properties?: readonly { key: string; value: string }[];
}

/** What a table batch did besides its sheets' writes: tables resized, document properties added. */
export class TableBatch extends Recorded {
  readonly resized: { table: string; address: string }[] = [];
  readonly properties: { key: string; value: string }[] = [];
}

/** A request context over `state`, recording into `done`. */
function workbookOf(excel: MockExcel, state: WorkbookState, done: TableBatch): Mock {
  const sheetOf = (name: string): Mock =>
    sheetMock(excel, done, name, { used: state.sheets?.[name] ?? null });
  const tableOf = (table: ExistingTable): Mock => {
    let rect = parseA1(table.address);
    const rangeNow = () =>
      excel.make({
        address: qualifiedAddress(table.sheet, a1(rect)),
        rowIndex: rect.row,
        columnIndex: rect.col,
        rowCount: rect.rows,
        columnCount: rect.cols,
        getCell: () => ({
          getResizedRange: () => ({
            getUsedRangeOrNullObject: () => {
              const used = table.usedWhenGrown ?? a1(rect);
              return excel.make(
                nullable(false, {
                  rowIndex: parseA1(used).row,
                  columnIndex: parseA1(used).col,
                  rowCount: parseA1(used).rows,
                  columnCount: parseA1(used).cols,
                })
              );
            },
          }),
        }),
      });
    const mock = excel.make(
      nullable(false, {
        name: table.name,
        getRange: rangeNow,
        getHeaderRowRange: () => excel.make({ values: [table.headers] }),
        resize: (to: Mock) => {
          rect = done.rectOf.get(to)!;
          done.resized.push({ table: table.name, address: a1(rect) });
        },
      })
    );
    // A mock as a property of mock data would be copied field by field: assigned, it stays itself.
    mock.worksheet = sheetOf(table.sheet);
    return mock;
  };
  const tables = new Map((state.tables ?? []).map((t) => [t.name.toLowerCase(), t]));
  const sheetNames = Object.keys(state.sheets ?? {});
  return excel.context({
    tables: collection(
      (state.tables ?? []).map((t) => ({ name: t.name })),
      {
        getItemOrNullObject: (name: string) => {
          const table = tables.get(name.toLowerCase());
          return table ? tableOf(table) : excel.make(nullable(true, { name: "" }));
        },
      }
    ),
    worksheets: collection(
      ["Sheet1", ...sheetNames].map((name) => ({ name })),
      {
        getItem: sheetOf,
        add: (name: string) => {
          done.addedSheets.push(name);
          return sheetOf(name);
        },
      }
    ),
    properties: {
      custom: collection(state.properties ?? [], {
        add: (key: string, value: string) => done.properties.push({ key, value }),
      }),
    },
  });
}

/** A gateway over a workbook holding `state`; what its one batch did, and its round trips. */
export function tableGateway(state: WorkbookState = {}, missing: Missing = []) {
  const excel = new MockExcel();
  const done = new TableBatch();
  const gateway = gatewayWith(() => workbookOf(excel, state, done), missing);
  return { gateway, done, syncs: () => excel.syncs };
}

/** A gateway over a workbook of `sheets` (besides an empty Sheet1); what its batch did, its round trips. */
export function templateGateway(
  sheets: Readonly<Record<string, SheetState>> = {},
  missing: Missing = []
) {
  const excel = new MockExcel();
  const done = new Recorded();
  const context = () =>
    excel.context({
      worksheets: {
        getItemOrNullObject: (name: string) =>
          sheets[name]
            ? sheetMock(excel, done, name, sheets[name])
            : excel.make(nullable(true, { name: "" })),
        add: (name: string) => {
          done.addedSheets.push(name);
          return sheetMock(excel, done, name);
        },
      },
    });
  return { gateway: gatewayWith(context, missing), done, syncs: () => excel.syncs };
}

/** A custom XML part in the workbook before the batch. */
export interface XmlPart {
  readonly id: string;
  readonly namespace: string;
  readonly xml: string;
}

/** A gateway over a workbook holding `parts`; the parts its batch deleted and added, its round trips. */
export function pinGateway(parts: readonly XmlPart[] = []) {
  const excel = new MockExcel();
  const done = { deleted: [] as string[], added: [] as string[] };
  const context = () =>
    excel.context({
      customXmlParts: {
        getByNamespace: (namespace: string) =>
          excel.make(
            collection(
              parts
                .filter((p) => p.namespace === namespace)
                .map((p) => ({
                  id: p.id,
                  delete: () => done.deleted.push(p.id),
                  getXml: () => clientResult(excel, p.xml),
                }))
            )
          ),
        add: (xml: string) => done.added.push(xml),
      },
    });
  return { gateway: gatewayWith(context, []), done, syncs: () => excel.syncs };
}

/** Our pin's part holding `xml`. */
export function pinPart(xml: string, id = "{pin}"): XmlPart {
  return { id, namespace: PIN_NAMESPACE, xml };
}

/** A ClientResult: its value is there after the next sync, as in Office.js, and has no load(). */
function clientResult(excel: MockExcel, value: string): { readonly value: string } {
  const asked = excel.syncs;
  return {
    get value() {
      if (excel.syncs === asked) throw new Error("ClientResult.value read before context.sync()");
      return value;
    },
  };
}

/** A gateway over a workbook of `sheets` for recalculation; the ranges it calculated, its round trips. */
export function recalcGateway(sheets: Readonly<Record<string, SheetState>>, missing: Missing = []) {
  const excel = new MockExcel();
  const done = new Recorded();
  const calculations: string[] = [];
  const context = () =>
    excel.context({
      application: { calculate: (type: string) => calculations.push(type) },
      worksheets: collection(
        Object.entries(sheets).map(([name, state]) => sheetMock(excel, done, name, state))
      ),
    });
  return {
    gateway: gatewayWith(context, missing),
    calculations: () => [...calculations, ...done.calculations],
    syncs: () => excel.syncs,
  };
}

/** The typed failure an action rejected with, and the sentence the pane shows for it. */
export async function failureOf(
  action: Promise<unknown>
): Promise<{ code: string; params: unknown; text: string }> {
  try {
    await action;
  } catch (error) {
    if (!isGatewayFailure(error)) throw error;
    return { ...error.failure, text: errorText(error) };
  }
  throw new Error("the action did not fail");
}
