import { readDateSystem } from "./date-system";
import { gatewayFailure } from "./failures";
import { readPin, setPin } from "./pin-part";
import { readTableMarks } from "./table-marks";
import type { WorkbookGateway } from "./workbook-gateway";

/**
 * The Excel implementation of `WorkbookGateway`, and the only module that calls `Excel.run`: each method runs
 * one batch (tables.ts, table-marks.ts, pin-part.ts, recalculate.ts, templates.ts, date-system.ts) and turns Office errors into typed failures.
 *
 * Each method is one user action and one `Excel.run` batch of at most three `context.sync()` round trips,
 * whatever the size of the table or template: every range is read or written whole (one `values` array, one
 * `numberFormat` array), never cell by cell across syncs. The round trips per method:
 *
 * | method | syncs | what each one does |
 * | --- | --- | --- |
 * | writeTable, new sheet | 2 | find table and sheets; write values, formats, table |
 * | writeTable, existing sheet or table | 3 | find; check the cells the table grows into and its columns; write and resize |
 * | updateTables, any number of tables | 3 (2 when all are new on new sheets) | the same three steps for all of them at once |
 * | readTableMarks | 1 | read the tables and the document's custom properties |
 * | readPin | 2 (1 when unpinned) | find the pin's custom XML part; read its XML |
 * | setPin | 2 | find the old part; delete it and add the new one |
 * | recalculate | 3 (2 without RE formulas, 1 as the fallback) | list the sheets; read their formula cells; calculate the RE cells |
 * | insertTemplate | 2 (3 when the sheet exists) | find the sheet; (read its charts and the analyst's inputs;) write, print set-up included (ExcelApi 1.9) |
 * | insertFormula | 2 | read the active cell; write it if empty |
 * | dateSystem | 1 | evaluate DATE(1904,1,1) in the workbook |
 */

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelGatewayOptions {
  /** Runs one batch; defaults to `Excel.run`. */
  readonly run?: <T>(batch: Batch<T>) => Promise<T>;
  /** Requirement-set check; defaults to `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
}

/**
 * @summary The gateway the task pane uses inside Excel.
 *
 * @param options - Overrides for tests: the batch runner and the requirement-set check.
 * @returns A `WorkbookGateway` of kind "excel".
 *
 * @example
 * const gateway = createExcelGateway();
 * await gateway.recalculate();
 */
export function createExcelGateway(options: ExcelGatewayOptions = {}): WorkbookGateway {
  const run = async <T>(batch: Batch<T>): Promise<T> => {
    try {
      return await (options.run ? options.run(batch) : Excel.run(batch));
    } catch (error) {
      throw explain(error);
    }
  };
  const supported = options.isSetSupported ?? defaultSetCheck;
  const requireApi = (name: string, version: string) => {
    if (!supported(name, version)) throw gatewayFailure("needs-api", { set: name, version });
  };

  return {
    kind: "excel",
    // Writing tables loads with the first of them, not with the page.
    writeTable: async (table) => {
      const { writeTables } = await import("./tables");
      return (await run((context) => writeTables(context, [table], requireApi, supported)))[0];
    },
    updateTables: async (tables) => {
      const { writeTables } = await import("./tables");
      return run((context) => writeTables(context, tables, requireApi, supported));
    },
    readTableMarks: () => run(readTableMarks),
    readPin: () => run(readPin),
    setPin: (pin) => run((context) => setPin(context, pin)),
    // Loaded with the first recalculation (after a refresh or a pin), not with the page.
    recalculate: async () => {
      const { recalculateReCells } = await import("./recalculate");
      return run((context) => recalculateReCells(context, supported));
    },
    // Writing templates and formulas loads with the first of them, not with the page (page_js_gzip_bytes).
    insertTemplate: async (template) => {
      const { insertTemplate } = await import("./templates");
      return run((context) => insertTemplate(context, template, supported));
    },
    insertFormula: async (formula) => {
      const { insertFormula } = await import("./templates");
      return run((context) => insertFormula(context, formula));
    },
    dateSystem: () => run(readDateSystem),
  };
}

function defaultSetCheck(name: string, version: string): boolean {
  return (
    typeof Office === "undefined" ||
    Office.context?.requirements?.isSetSupported(name, version) !== false
  );
}

/** Turns the Office errors the pane can explain into typed failures; our own errors pass through. */
function explain(error: unknown): Error {
  const code = (error as { code?: unknown })?.code;
  if (code === "InvalidOperationInCellEditMode") return gatewayFailure("cell-edit-mode", {});
  if (error instanceof Error) return error;
  return new Error(String(error));
}
