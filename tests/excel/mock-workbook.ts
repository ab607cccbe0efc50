/**
 * A small in-memory workbook behind office-addin-mock objects, enough of Excel's object model for
 * src/excel/gateway.ts: worksheets, ranges, tables (ListObjects), charts, conditional formats, custom XML
 * parts, custom document properties, the active cell, formula cells (special cells), and calculation (the application's, and a range's,
 * recorded in `calculations` as "Full" or the range's address).
 *
 * It keeps Office.js's batch semantics, which is what the round-trip counts are about:
 * - ranges, tables and sheets are `OfficeMockObject`s: a property read before `load` + `context.sync()`
 *   gives office-addin-mock's "not loaded" / "sync not called" error text, as Excel would throw;
 * - writes (`range.values = ...`) and method calls (`table.resize`, `charts.add`, ...) are queued and only
 *   reach the workbook when `context.sync()` runs, in the order they were made;
 * - `context.sync()` is counted per `Excel.run`.
 */
import { OfficeMockObject } from "office-addin-mock";
import {
  a1,
  cellRects,
  columnIndex,
  parseA1,
  qualifiedAddress,
  type Rect,
} from "../../src/templates/a1";

export interface FakeCell {
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
}

export interface FakeChart {
  type: string;
  source: Rect;
  title?: string;
  anchor?: string;
  xAxis: Rect[];
  deleted: boolean;
}

export interface FakeConditionalFormat {
  rect: Rect;
  type: string;
  criteria?: unknown;
}

/** What a range's format writes set, as Office.js names them (`font.italic` is `italic`). */
export interface FakeLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrapText?: boolean;
}

/** The worksheet's page layout as `Worksheet.pageLayout` (ExcelApi 1.9) leaves it. */
export interface FakePageLayout {
  printArea?: string;
  printTitleRows?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
}

/** A range's data validation (ExcelApi 1.8) as the gateway leaves it. */
export interface FakeValidation {
  rule?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  /** Data validation by the address of the range it was set on; `clear()` removes it. */
  readonly validations = new Map<string, FakeValidation>();
  readonly charts: FakeChart[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  readonly columnWidths = new Map<string, number>();
  /** Format writes by the address of the range they were made on. */
  readonly looks = new Map<string, FakeLook>();
  pageLayout: FakePageLayout = {};
  /** Where `Worksheet.horizontalPageBreaks` (ExcelApi 1.9) starts a new page. */
  pageBreaks: string[] = [];
  frozenRows = 0;
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell {
    return this.cells.get(`${row},${col}`) ?? { value: "", formula: null, numberFormat: "General" };
  }

  /** Value by A1 address, for assertions. */
  at(address: string): FakeCell {
    const r = parseA1(address);
    return this.cell(r.row, r.col);
  }

  update(row: number, col: number, change: Partial<FakeCell>): void {
    this.cells.set(`${row},${col}`, { ...this.cell(row, col), ...change });
  }

  clear(rect: Rect): void {
    for (const key of [...this.cells.keys()]) {
      const [r, c] = key.split(",").map(Number);
      if (inside(rect, r, c)) this.cells.delete(key);
    }
  }

  /** Bounding box of the non-empty cells inside `rect`, or null. */
  used(rect: Rect): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(",").map(Number);
      if (!inside(rect, r, c) || (cell.value === "" && !cell.formula)) continue;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0
      ? null
      : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }
}

export interface FakeTable {
  name: string;
  sheet: string;
  rect: Rect;
  style?: string;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [new FakeSheet("Sheet1")];
  tables: FakeTable[] = [];
  xmlParts: { id: string; xml: string }[] = [];
  activeCell = { sheet: "Sheet1", address: "B2" };
  activeSheet = "Sheet1";
  calculations: string[] = [];
  /** The document's custom properties (key → value), as Excel keeps them: keys without case. */
  readonly customProperties = new Map<string, string>();
  private nextId = 1;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  requireSheet(name: string): FakeSheet {
    const found = this.sheet(name);
    if (!found) throw new Error(`ItemNotFound: worksheet ${name}`);
    return found;
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  id(): string {
    return `{part-${this.nextId++}}`;
  }
}

const WHOLE_SHEET: Rect = { row: 0, col: 0, rows: 1048576, cols: 16384 };

function inside(rect: Rect, row: number, col: number): boolean {
  return (
    row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols
  );
}

/** "B:B" or "A1:C3" or "" (whole sheet). */
function rectOfAddress(address: string | undefined): Rect {
  if (!address) return WHOLE_SHEET;
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (columns) {
    const c1 = columnIndex(columns[1]);
    const c2 = columnIndex(columns[2]);
    return { row: 0, col: c1, rows: WHOLE_SHEET.rows, cols: c2 - c1 + 1 };
  }
  return parseA1(address);
}

const ERROR_TEXTS = new Set([
  "Error, property was not loaded",
  "Error, context.sync() was not called",
]);

type Op = () => void;

interface Tracked {
  mock: Record<string, unknown>;
  /** Recomputes readable properties from the workbook just before the mock's own sync. */
  refresh?: () => Record<string, unknown>;
  afterSync?: () => void;
}

/** What one test sees: the workbook and the round trips of each Excel.run. */
export interface ExcelMock {
  readonly workbook: FakeWorkbook;
  /** context.sync() calls of each Excel.run, in order. */
  readonly syncsPerRun: number[];
  /** Round trips of the last Excel.run. */
  lastSyncs(): number;
  /** Requirement sets reported as missing. */
  readonly missingSets: Set<string>;
}

/**
 * Installs `global.Excel` (an OfficeMockObject whose `run` builds a fresh request context over `workbook`)
 * and a minimal `global.Office` for requirement-set checks.
 */
export function installExcelMock(workbook: FakeWorkbook = new FakeWorkbook()): ExcelMock {
  const syncsPerRun: number[] = [];
  const missingSets = new Set<string>();

  const run = async (batch: (context: unknown) => Promise<unknown>) => {
    const context = buildContext(workbook);
    syncsPerRun.push(0);
    const index = syncsPerRun.length - 1;
    context.onSync = () => {
      syncsPerRun[index] += 1;
    };
    return batch(context.context);
  };

  const excel = new OfficeMockObject({ run }, "excel" as never) as unknown as Record<
    string,
    unknown
  >;
  excel.CalculationType = { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" };
  excel.ClearApplyTo = { all: "All", formats: "Formats", contents: "Contents" };
  excel.SpecialCellType = { formulas: "Formulas" };
  (globalThis as Record<string, unknown>).Excel = excel;
  (globalThis as Record<string, unknown>).Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => !missingSets.has(`${name} ${version}`),
      },
    },
  };
  return {
    workbook,
    syncsPerRun,
    lastSyncs: () => syncsPerRun[syncsPerRun.length - 1],
    missingSets,
  };
}

export function uninstallExcelMock(): void {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
}

function buildContext(wb: FakeWorkbook): { context: Record<string, unknown>; onSync: () => void } {
  const queue: Op[] = [];
  const tracked: Tracked[] = [];
  let syncing = false;
  const holder = { context: {} as Record<string, unknown>, onSync: () => undefined as void };

  /** An OfficeMockObject whose property writes are queued as operations. */
  function mockOf(
    data: Record<string, unknown>,
    options: {
      write?: (prop: string, value: unknown) => Op | undefined;
      refresh?: () => Record<string, unknown>;
      plain?: Record<string, unknown>;
    } = {}
  ): Record<string, unknown> {
    const target = new OfficeMockObject(data, "excel" as never) as unknown as Record<
      string,
      unknown
    >;
    for (const [k, v] of Object.entries(options.plain ?? {})) target[k] = v;
    const proxy = new Proxy(target, {
      set(obj, prop, value, receiver) {
        if (
          !syncing &&
          typeof prop === "string" &&
          !ERROR_TEXTS.has(value as string) &&
          options.write
        ) {
          const op = options.write(prop, value);
          if (op) queue.push(op);
        }
        return Reflect.set(obj, prop, value, receiver);
      },
    });
    tracked.push({ mock: proxy, refresh: options.refresh });
    return proxy;
  }

  function rangeMock(sheetName: string, rectAt: Rect | (() => Rect)): Record<string, unknown> {
    const current = typeof rectAt === "function" ? rectAt : () => rectAt;
    const rect = current();
    const snapshot = () => {
      const rect = current();
      const sheet = wb.sheet(sheetName);
      const rows = Math.min(rect.rows, 200_000);
      const cols = Math.min(rect.cols, 200);
      const grid = (f: (c: FakeCell) => unknown) =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) =>
            f(
              sheet
                ? sheet.cell(rect.row + r, rect.col + c)
                : { value: "", formula: null, numberFormat: "General" }
            )
          )
        );
      return {
        address: qualifiedAddress(sheetName, a1(rect)),
        rowIndex: rect.row,
        columnIndex: rect.col,
        rowCount: rect.rows,
        columnCount: rect.cols,
        values: rect.rows * rect.cols <= 1_000_000 ? grid((c) => c.value) : [],
        formulas: rect.rows * rect.cols <= 1_000_000 ? grid((c) => c.formula ?? c.value) : [],
      };
    };
    const format = formatObject(sheetName, rect);
    return mockOf(snapshot(), {
      refresh: snapshot,
      plain: {
        format,
        getCell: (r: number, c: number) =>
          rangeMock(sheetName, { row: rect.row + r, col: rect.col + c, rows: 1, cols: 1 }),
        getResizedRange: (dr: number, dc: number) =>
          rangeMock(sheetName, {
            row: rect.row,
            col: rect.col,
            rows: rect.rows + dr,
            cols: rect.cols + dc,
          }),
        getUsedRangeOrNullObject: () => usedRangeMock(sheetName, rect),
        getSpecialCellsOrNullObject: (type: string) => specialCellsMock(sheetName, rect, type),
        calculate: () =>
          queue.push(() => wb.calculations.push(qualifiedAddress(sheetName, a1(rect)))),
        clear: (applyTo?: string) => {
          queue.push(() => wb.sheet(sheetName)?.clear(rect));
          void applyTo;
        },
        select: () => queue.push(() => undefined),
        dataValidation: validationMock(sheetName, rect),
        conditionalFormats: {
          add: (type: string) => {
            const cf: FakeConditionalFormat & { colorScale: { criteria?: unknown } } = {
              rect,
              type,
              colorScale: {},
            };
            queue.push(() => {
              cf.criteria = cf.colorScale.criteria;
              wb.requireSheet(sheetName).conditionalFormats.push(cf);
            });
            return cf;
          },
          clearAll: () =>
            queue.push(() => {
              const sheet = wb.requireSheet(sheetName);
              sheet.conditionalFormats = sheet.conditionalFormats.filter(
                (f) => !overlaps(f.rect, rect)
              );
            }),
        },
        __rect: rect,
        __sheet: sheetName,
      },
      write: (prop, value) => {
        if (prop === "values" || prop === "formulas" || prop === "numberFormat") {
          const grid = value as unknown[][];
          return () => {
            const sheet = wb.requireSheet(sheetName);
            if (grid.length !== rect.rows || grid.some((row) => row.length !== rect.cols))
              throw new Error(
                `InvalidArgument: ${prop} is ${grid.length}x${grid[0]?.length} for ${a1(rect)}`
              );
            grid.forEach((row, r) =>
              row.forEach((v, c) => {
                if (prop === "numberFormat")
                  sheet.update(rect.row + r, rect.col + c, { numberFormat: String(v) });
                else if (prop === "formulas" && typeof v === "string" && v.startsWith("="))
                  sheet.update(rect.row + r, rect.col + c, { formula: v, value: "" });
                else
                  sheet.update(rect.row + r, rect.col + c, {
                    value: v as FakeCell["value"],
                    formula: null,
                  });
              })
            );
          };
        }
        return undefined;
      },
    });
  }

  /** `Range.dataValidation`: `clear()` and each property write reach the sheet at the next sync. */
  function validationMock(sheetName: string, rect: Rect): Record<string, unknown> {
    const address = a1(rect);
    const target = {
      clear: () => queue.push(() => wb.requireSheet(sheetName).validations.delete(address)),
    };
    return new Proxy(target as Record<string, unknown>, {
      set(obj, prop, value) {
        if (!["rule", "errorAlert", "ignoreBlanks"].includes(String(prop)))
          throw new Error(`the mock models no dataValidation.${String(prop)}`);
        queue.push(() => {
          const validations = wb.requireSheet(sheetName).validations;
          validations.set(address, { ...validations.get(address), [prop]: value });
        });
        obj[prop as string] = value;
        return true;
      },
    });
  }

  function formatObject(sheetName: string, rect: Rect): Record<string, unknown> {
    const look = (prop: string, value: unknown) =>
      queue.push(() => {
        const sheet = wb.requireSheet(sheetName);
        const address = a1(rect);
        sheet.looks.set(address, { ...sheet.looks.get(address), [prop]: value });
      });
    /** A format part whose writes are queued as the range's look; `rename` maps Office.js names to FakeLook's. */
    const recorded = (rename: Record<string, string>) =>
      new Proxy({} as Record<string, unknown>, {
        set(obj, prop, value) {
          if (typeof prop === "string" && prop in rename) look(rename[prop], value);
          obj[prop as string] = value;
          return true;
        },
      });
    const format: Record<string, unknown> = {
      font: recorded({ bold: "bold", italic: "italic", size: "size", color: "color" }),
      fill: recorded({ color: "fill" }),
      borders: { getItem: () => ({}) },
      autofitColumns: () => queue.push(() => undefined),
    };
    return new Proxy(format, {
      set(obj, prop, value) {
        if (prop === "wrapText") look("wrapText", value);
        if (prop === "columnWidth")
          queue.push(() => {
            const sheet = wb.requireSheet(sheetName);
            for (let c = rect.col; c < rect.col + rect.cols; c++)
              sheet.columnWidths.set(
                a1({ row: 0, col: c, rows: 1, cols: 1 }).replace(/\d+/, ""),
                value as number
              );
          });
        obj[prop as string] = value;
        return true;
      },
    });
  }

  /** The formula cells of a range as Excel's RangeAreas: one area per rectangle of formula cells. */
  function specialCellsMock(
    sheetName: string,
    within: Rect,
    type: string
  ): Record<string, unknown> {
    if (type !== "Formulas")
      throw new Error(`the mock models only Formulas special cells, not ${type}`);
    const areasOf = () => {
      const sheet = wb.sheet(sheetName);
      const cells = [...(sheet?.cells ?? new Map<string, FakeCell>())]
        .filter(([key, cell]) => {
          const [r, c] = key.split(",").map(Number);
          return cell.formula !== null && inside(within, r, c);
        })
        .map(([key]) => {
          const [row, col] = key.split(",").map(Number);
          return { row, col };
        });
      return cellRects(cells).map((rect) => ({
        address: qualifiedAddress(sheetName, a1(rect)),
        formulas: Array.from({ length: rect.rows }, (_, r) =>
          Array.from(
            { length: rect.cols },
            (_, c) => sheet!.cell(rect.row + r, rect.col + c).formula
          )
        ),
      }));
    };
    const areas = collectionOf(areasOf);
    const special = { areas } as Record<string, unknown>;
    nullFlag(special, () => areasOf().length === 0);
    return special;
  }

  function usedRangeMock(sheetName: string, within: Rect): Record<string, unknown> {
    const compute = () => {
      const sheet = wb.sheet(sheetName);
      const used = sheet?.used(within) ?? null;
      const rect = used ?? { row: 0, col: 0, rows: 1, cols: 1 };
      return {
        address: qualifiedAddress(sheetName, a1(rect)),
        rowIndex: rect.row,
        columnIndex: rect.col,
        rowCount: rect.rows,
        columnCount: rect.cols,
        formulas: Array.from({ length: rect.rows }, (_, r) =>
          Array.from({ length: rect.cols }, (_, c) => {
            const cell = sheet?.cell(rect.row + r, rect.col + c);
            return cell ? (cell.formula ?? cell.value) : "";
          })
        ),
        __null: used === null,
      };
    };
    const initial = compute();
    const mock = mockOf(
      {
        address: initial.address,
        rowIndex: initial.rowIndex,
        columnIndex: initial.columnIndex,
        rowCount: initial.rowCount,
        columnCount: initial.columnCount,
        formulas: initial.formulas,
      },
      { refresh: compute }
    );
    nullFlag(mock, () => compute().__null);
    return mock;
  }

  /** isNullObject is known after the next sync, as in Office.js. */
  function nullFlag(mock: Record<string, unknown>, isNull: () => boolean): void {
    let value: boolean | undefined;
    tracked.push({ mock, afterSync: () => (value = isNull()) });
    Object.defineProperty(mock, "isNullObject", {
      get: () => {
        if (value === undefined) throw new Error("isNullObject read before context.sync()");
        return value;
      },
    });
  }

  function worksheetMock(
    name: string,
    options: { nullable?: boolean } = {}
  ): Record<string, unknown> {
    const mock = mockOf(
      { name },
      {
        plain: {
          getRange: (address?: string) => rangeMock(name, rectOfAddress(address)),
          tables: {
            add: (address: string, hasHeaders: boolean) => {
              const table: FakeTable = {
                name: `Table${wb.tables.length + 1}`,
                sheet: name,
                rect: rectOfAddress(address),
              };
              void hasHeaders;
              queue.push(() => {
                wb.requireSheet(name);
                wb.tables.push(table);
              });
              return tableMock(table);
            },
          },
          charts: chartCollection(name),
          freezePanes: {
            freezeRows: (n: number) => queue.push(() => (wb.requireSheet(name).frozenRows = n)),
          },
          activate: () => queue.push(() => (wb.activeSheet = name)),
          pageLayout: pageLayoutMock(name),
          horizontalPageBreaks: {
            add: (address: string) =>
              queue.push(() => wb.requireSheet(name).pageBreaks.push(address)),
            removePageBreaks: () => queue.push(() => (wb.requireSheet(name).pageBreaks = [])),
          },
        },
      }
    );
    if (options.nullable) nullFlag(mock, () => wb.sheet(name) === undefined);
    return mock;
  }

  /** `Worksheet.pageLayout`: its setters and property writes reach the sheet at the next sync. */
  function pageLayoutMock(sheetName: string): Record<string, unknown> {
    const layout = (change: FakePageLayout) =>
      queue.push(() => {
        const sheet = wb.requireSheet(sheetName);
        sheet.pageLayout = { ...sheet.pageLayout, ...change };
      });
    return new Proxy(
      {
        setPrintArea: (area: string) => layout({ printArea: area }),
        setPrintTitleRows: (rows: string) => layout({ printTitleRows: rows }),
      } as Record<string, unknown>,
      {
        set(obj, prop, value) {
          if (prop === "orientation" || prop === "zoom") layout({ [prop]: value });
          else throw new Error(`the mock models no pageLayout.${String(prop)}`);
          obj[prop] = value;
          return true;
        },
      }
    );
  }

  function tableMock(
    table: FakeTable,
    options: { nullable?: boolean } = {}
  ): Record<string, unknown> {
    const mock = mockOf(
      { name: table.name, style: table.style ?? "" },
      {
        plain: {
          // The table's range follows a resize queued before the sync.
          getRange: () => rangeMock(table.sheet, () => table.rect),
          getHeaderRowRange: () => rangeMock(table.sheet, () => ({ ...table.rect, rows: 1 })),
          worksheet: worksheetMock(table.sheet),
          resize: (range: Record<string, unknown>) =>
            queue.push(() => {
              table.rect = range.__rect as Rect;
            }),
        },
        write: (prop, value) => {
          if (prop === "name") return () => (table.name = String(value));
          if (prop === "style") return () => (table.style = String(value));
          return undefined;
        },
      }
    );
    if (options.nullable) nullFlag(mock, () => !wb.tables.includes(table));
    return mock;
  }

  function chartCollection(sheetName: string): Record<string, unknown> {
    let loaded = false;
    let synced = false;
    const collection = {
      load: () => {
        loaded = true;
        return collection;
      },
      get items() {
        if (!loaded || !synced) throw new Error("charts.items read before load + sync");
        return wb
          .requireSheet(sheetName)
          .charts.filter((c) => !c.deleted)
          .map((chart) => ({
            name: chart.title ?? "",
            delete: () => queue.push(() => (chart.deleted = true)),
          }));
      },
      add: (type: string, source: Record<string, unknown>, seriesBy: string) => {
        const chart: FakeChart = { type, source: source.__rect as Rect, xAxis: [], deleted: false };
        void seriesBy;
        const handle = {
          title: {} as { text?: string },
          legend: {} as { position?: string },
          width: 0,
          height: 0,
          setPosition: (anchor: string) => queue.push(() => (chart.anchor = anchor)),
          series: {
            getItemAt: (i: number) => ({
              setXAxisValues: (range: Record<string, unknown>) =>
                queue.push(() => (chart.xAxis[i] = range.__rect as Rect)),
            }),
          },
        };
        queue.push(() => {
          chart.title = handle.title.text;
          wb.requireSheet(sheetName).charts.push(chart);
        });
        return handle;
      },
    };
    tracked.push({ mock: collection, afterSync: () => (synced = loaded) });
    return collection;
  }

  function collectionOf<T>(items: () => T[]): { load: () => unknown; readonly items: T[] } {
    let loaded = false;
    let synced = false;
    let snapshot: T[] = [];
    const collection = {
      load: () => {
        loaded = true;
        return collection;
      },
      get items() {
        if (!loaded || !synced) throw new Error("items read before load + sync");
        return snapshot;
      },
    };
    tracked.push({
      mock: collection as unknown as Record<string, unknown>,
      afterSync: () => {
        synced = loaded;
        if (loaded) snapshot = items();
      },
    });
    return collection;
  }

  const sheetsCollection = collectionOf(() =>
    wb.sheets.map((s) => ({
      name: s.name,
      getRange: (address?: string) => rangeMock(s.name, rectOfAddress(address)),
      getUsedRangeOrNullObject: () => usedRangeMock(s.name, WHOLE_SHEET),
    }))
  );
  const worksheets = {
    load: sheetsCollection.load,
    get items() {
      return sheetsCollection.items;
    },
    getItemOrNullObject: (name: string) => worksheetMock(name, { nullable: true }),
    getItem: (name: string) => worksheetMock(name),
    add: (name: string) => {
      queue.push(() => {
        if (wb.sheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
        wb.sheets.push(new FakeSheet(name));
      });
      return worksheetMock(name);
    },
  };

  const tablesCollection = collectionOf(() => wb.tables.map((t) => ({ name: t.name })));
  const tables = {
    load: tablesCollection.load,
    get items() {
      return tablesCollection.items;
    },
    getItemOrNullObject: (name: string) => {
      const found = wb.table(name) ?? {
        name,
        sheet: "",
        rect: { row: 0, col: 0, rows: 1, cols: 1 },
      };
      return tableMock(found, { nullable: true });
    },
  };

  const customXmlParts = {
    getByNamespace: (ns: string) => {
      const parts = collectionOf(() =>
        wb.xmlParts
          .filter((p) => namespaceOf(p.xml) === ns)
          .map((p) => ({
            id: p.id,
            delete: () =>
              queue.push(() => (wb.xmlParts = wb.xmlParts.filter((q) => q.id !== p.id))),
            getXml: () => {
              const result = { synced: false, text: "" };
              tracked.push({
                mock: result as unknown as Record<string, unknown>,
                afterSync: () => ((result.synced = true), (result.text = p.xml)),
              });
              return {
                get value() {
                  if (!result.synced)
                    throw new Error("ClientResult.value read before context.sync()");
                  return result.text;
                },
              };
            },
          }))
      );
      return parts;
    },
    add: (xml: string) => {
      queue.push(() => wb.xmlParts.push({ id: wb.id(), xml }));
      return {};
    },
  };

  const context = new OfficeMockObject(
    {
      workbook: {
        application: { calculate: (type: string) => queue.push(() => wb.calculations.push(type)) },
        getActiveCell: () => rangeMock(wb.activeCell.sheet, parseA1(wb.activeCell.address)),
      },
    },
    "excel" as never
  ) as unknown as Record<string, Record<string, unknown>> & { sync: () => Promise<void> };
  context.workbook.worksheets = worksheets;
  context.workbook.tables = tables;
  context.workbook.customXmlParts = customXmlParts;
  const customCollection = collectionOf(() =>
    [...wb.customProperties].map(([key, value]) => ({ key, value }))
  );
  context.workbook.properties = {
    custom: {
      load: customCollection.load,
      get items() {
        return customCollection.items;
      },
      add: (key: string, value: string) =>
        queue.push(() => {
          const same = [...wb.customProperties.keys()].find(
            (k) => k.toLowerCase() === key.toLowerCase()
          );
          if (same) wb.customProperties.delete(same);
          wb.customProperties.set(key, String(value));
        }),
    },
  };

  const ownSync = context.sync.bind(context);
  context.sync = async () => {
    holder.onSync();
    syncing = true;
    try {
      while (queue.length > 0) queue.shift()!();
      for (const t of [...tracked]) {
        if (t.refresh) {
          const fresh = t.refresh();
          const props = (
            t.mock as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> }
          )._properties;
          for (const [k, v] of Object.entries(fresh)) {
            const p = props?.get(k);
            if (p) p._valueBeforeLoaded = v;
          }
        }
      }
      await ownSync();
      for (const t of [...tracked]) {
        const maybe = t.mock as unknown as { sync?: () => Promise<void> };
        if (typeof maybe.sync === "function" && maybe instanceof Object && "_properties" in maybe)
          await maybe.sync();
        t.afterSync?.();
      }
      // office-addin-mock copies loaded values onto the object one microtask after its sync.
      await Promise.resolve();
      await Promise.resolve();
    } finally {
      syncing = false;
    }
  };
  holder.context = context as unknown as Record<string, unknown>;
  return holder as { context: Record<string, unknown>; onSync: () => void };
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

function namespaceOf(xml: string): string | undefined {
  return /<(?:[\w-]+:)?[\w-]+\s[^>]*?xmlns(?::[\w-]+)?="([^"]*)"/.exec(xml)?.[1];
}
