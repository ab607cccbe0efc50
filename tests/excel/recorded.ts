/**
 * Worksheets as office-addin-mock data for the gateway tests: a sheet answers reads from what the test says it
 * holds (`SheetState`), and every range a batch asks for is kept, so the test can read back what was written
 * to it (`Recorded`). Nothing is applied to a model of Excel: a test states the workbook before one batch and
 * checks the writes of that batch.
 */
import {
  a1,
  cellAddress,
  cellRects,
  contains,
  parseA1,
  qualifiedAddress,
  type Rect,
} from "../../src/templates/a1";
import { collection, nullable, type Mock, type MockExcel } from "./office-context";

type CellValue = string | number | boolean;

/** What a sheet holds before the batch. */
export interface SheetState {
  /** Cells by A1 address: a value, or a formula ("=…"). */
  readonly cells?: Readonly<Record<string, CellValue>>;
  /** The address of its used range when it differs from the cells' (a table's data), or null when empty. */
  readonly used?: string | null;
  /** Names of its charts. */
  readonly charts?: readonly string[];
}

interface RangeRecord {
  readonly sheet: string;
  readonly rect: Rect;
  mock: Mock;
  cleared: boolean;
  /** Whether the batch cleared the range's data validation. */
  validationCleared: boolean;
}

const WHOLE_SHEET: Rect = { row: 0, col: 0, rows: 1048576, cols: 16384 };
/** Ranges larger than this answer no cell grid (the gateway never reads one). */
const GRID_LIMIT = 100_000;

/** What one batch did to the sheets it touched. */
export class Recorded {
  readonly ranges: RangeRecord[] = [];
  readonly addedSheets: string[] = [];
  readonly addedTables: { sheet: string; address: string; mock: Mock }[] = [];
  readonly activated: string[] = [];
  readonly frozen: { sheet: string; rows: number }[] = [];
  readonly calculations: string[] = [];
  readonly deletedCharts: string[] = [];
  readonly charts: {
    sheet: string;
    type: string;
    source: Rect;
    mock: Mock;
    anchor?: string;
    xAxis: Rect[];
  }[] = [];
  readonly colorScales: { sheet: string; rect: Rect; type: string; mock: Mock }[] = [];
  readonly formatsCleared: { sheet: string; rect: Rect }[] = [];
  readonly pageLayouts = new Map<
    string,
    { mock: Mock; printArea?: string; printTitleRows?: string }
  >();
  /** Where `Worksheet.horizontalPageBreaks.add` started pages, by sheet; the sheets whose breaks were removed. */
  readonly pageBreaks = new Map<string, string[]>();
  readonly pageBreaksRemoved: string[] = [];
  /** Each range mock's sheet and rectangle. */
  readonly rectOf = new WeakMap<Mock, Rect>();

  /** A cell as the batch left it: the last write or clear of a range holding it. */
  at(
    sheet: string,
    address: string
  ): { value?: unknown; formula?: unknown; numberFormat?: unknown } {
    const cell = parseA1(address);
    let found: { value?: unknown; formula?: unknown; numberFormat?: unknown } = {};
    for (const range of this.written(sheet)) {
      if (!contains(range.rect, cell)) continue;
      const r = cell.row - range.rect.row;
      const c = cell.col - range.rect.col;
      if (range.cleared) found = { value: "", formula: null, numberFormat: "General" };
      const { values, formulas, numberFormat } = writesOf(range.mock);
      if (values) found = { ...found, value: values[r][c], formula: null };
      if (formulas) {
        const f = formulas[r][c];
        found =
          typeof f === "string" && f.startsWith("=")
            ? { ...found, value: "", formula: f }
            : { ...found, value: f, formula: null };
      }
      if (numberFormat) found = { ...found, numberFormat: numberFormat[r][c] };
    }
    return found;
  }

  /** The ranges of `sheet` the batch wrote to or cleared, in order. */
  written(sheet: string): RangeRecord[] {
    return this.ranges.filter((r) => {
      const w = writesOf(r.mock);
      return r.sheet === sheet && (r.cleared || w.values || w.formulas || w.numberFormat);
    });
  }

  /** The font, fill and wrap written to the range at exactly `address`. */
  look(sheet: string, address: string): Record<string, unknown> | undefined {
    const rect = parseA1(address);
    const range = this.ranges.find((r) => r.sheet === sheet && a1(r.rect) === a1(rect));
    if (!range) return undefined;
    const format = range.mock.format;
    const look: Record<string, unknown> = {
      bold: format.font.bold,
      italic: format.font.italic,
      size: format.font.size,
      color: format.font.color,
      fill: format.fill.color,
      wrapText: format.wrapText,
    };
    return Object.fromEntries(Object.entries(look).filter(([, v]) => v !== undefined));
  }

  /** The width column `letter` was given (through a range of that column only). */
  columnWidth(sheet: string, letter: string): unknown {
    const col = parseA1(`${letter}1`).col;
    return this.ranges
      .filter((r) => r.sheet === sheet && r.rect.col === col && r.rect.cols === 1)
      .map((r) => r.mock.format.columnWidth)
      .find((w) => typeof w === "number");
  }

  /** The data validation written to the range at exactly `address` (ExcelApi 1.8), or undefined. */
  validation(sheet: string, address: string): Record<string, unknown> | undefined {
    const rect = parseA1(address);
    const range = this.ranges.find(
      (r) => r.sheet === sheet && a1(r.rect) === a1(rect) && r.validationCleared
    );
    if (!range) return undefined;
    const target = range.mock.dataValidation;
    const written = {
      rule: typeof target.rule === "object" ? target.rule : undefined,
      errorAlert: typeof target.errorAlert === "object" ? target.errorAlert : undefined,
      ignoreBlanks: typeof target.ignoreBlanks === "boolean" ? target.ignoreBlanks : undefined,
    };
    return Object.fromEntries(Object.entries(written).filter(([, v]) => v !== undefined));
  }

  /** The addresses of the ranges of `sheet` whose data validation was cleared and set. */
  validated(sheet: string): string[] {
    return this.ranges
      .filter((r) => r.sheet === sheet && r.validationCleared)
      .map((r) => a1(r.rect));
  }

  /** The page layout written to `sheet`, in the shape Office.js names it. */
  pageLayout(sheet: string): Record<string, unknown> {
    const layout = this.pageLayouts.get(sheet);
    if (!layout) return {};
    const written = {
      printArea: layout.printArea,
      printTitleRows: layout.printTitleRows,
      orientation:
        typeof layout.mock.orientation === "string" ? layout.mock.orientation : undefined,
      zoom: typeof layout.mock.zoom === "object" ? layout.mock.zoom : undefined,
    };
    return Object.fromEntries(Object.entries(written).filter(([, v]) => v !== undefined));
  }
}

/** The grids a range holds: what the batch assigned, or what it loaded (office-addin-mock leaves others as error text). */
function writesOf(mock: Mock): {
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
} {
  const grid = (v: unknown) => (Array.isArray(v) ? (v as unknown[][]) : undefined);
  return {
    values: grid(mock.values),
    formulas: grid(mock.formulas),
    numberFormat: grid(mock.numberFormat),
  };
}

/** "B:B" is the whole column B; "" or undefined the whole sheet. */
function rectOfAddress(address: string | undefined): Rect {
  if (!address) return WHOLE_SHEET;
  const column = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (column) {
    const first = parseA1(`${column[1]}1`).col;
    const last = parseA1(`${column[2]}1`).col;
    return { row: 0, col: first, rows: WHOLE_SHEET.rows, cols: last - first + 1 };
  }
  return parseA1(address);
}

/** The cells of `state` inside `rect` as a formulas grid ("" where empty). */
function formulasIn(state: SheetState, rect: Rect): CellValue[][] {
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from(
      { length: rect.cols },
      (_, c) => state.cells?.[cellAddress({ row: rect.row + r, col: rect.col + c })] ?? ""
    )
  );
}

/**
 * A worksheet mock named `name` holding `state`; the ranges, tables, charts and formats a batch makes on it go
 * into `done`. A range's writes (`values`, `formulas`, `numberFormat`) are kept apart from what it answers.
 */
export function sheetMock(
  excel: MockExcel,
  done: Recorded,
  name: string,
  state: SheetState = {}
): Mock {
  const range = (address?: string): Mock => {
    const rect = rectOfAddress(address);
    const record: RangeRecord = {
      sheet: name,
      rect,
      mock: undefined as unknown as Mock,
      cleared: false,
      validationCleared: false,
    };
    const small = rect.rows * rect.cols <= GRID_LIMIT;
    const used = state.used;
    const mock = excel.make({
      address: qualifiedAddress(name, a1(rect)),
      // Only a sheet that holds cells answers their formulas; on others every grid is a write.
      ...(small && state.cells ? { formulas: formulasIn(state, rect) } : {}),
      format: {
        font: {},
        fill: {},
        borders: { getItem: () => ({}) },
        autofitColumns: () => undefined,
      },
      conditionalFormats: {
        add: (type: string) => {
          const added = excel.make({ colorScale: {} });
          done.colorScales.push({ sheet: name, rect, type, mock: added });
          return added;
        },
        clearAll: () => done.formatsCleared.push({ sheet: name, rect }),
      },
      clear: () => (record.cleared = true),
      dataValidation: { clear: () => (record.validationCleared = true) },
      calculate: () => done.calculations.push(qualifiedAddress(name, a1(rect))),
      select: () => undefined,
      getUsedRangeOrNullObject: () =>
        excel.make(nullable(!used, used ? usedRangeData(name, used, state) : { address: "" })),
      getSpecialCellsOrNullObject: () => {
        const areas = formulaAreas(state);
        return excel.make(
          nullable(areas.length === 0, {
            areas: collection(
              areas.map((area) => ({
                address: qualifiedAddress(name, a1(area)),
                formulas: formulasIn(state, area),
              }))
            ),
          })
        );
      },
    });
    record.mock = mock;
    done.rectOf.set(mock, rect);
    done.ranges.push(record);
    return mock;
  };
  const layoutOf = () => {
    if (!done.pageLayouts.has(name)) done.pageLayouts.set(name, { mock: sheet.pageLayout });
    return done.pageLayouts.get(name)!;
  };
  const sheet = excel.make({
    // A sheet found by name (getItemOrNullObject) answers isNullObject with its name.
    ...nullable(false),
    name,
    getRange: range,
    getUsedRangeOrNullObject: () => range().getUsedRangeOrNullObject(),
    tables: {
      add: (address: string) => {
        const table = excel.make({
          name: "",
          style: "",
          getRange: () => excel.make({ address: qualifiedAddress(name, address) }),
        });
        done.addedTables.push({ sheet: name, address, mock: table });
        return table;
      },
    },
    freezePanes: { freezeRows: (rows: number) => done.frozen.push({ sheet: name, rows }) },
    activate: () => done.activated.push(name),
    pageLayout: {
      setPrintArea: (area: string) => (layoutOf().printArea = area),
      setPrintTitleRows: (rows: string) => (layoutOf().printTitleRows = rows),
    },
    horizontalPageBreaks: {
      add: (address: string) =>
        done.pageBreaks.set(name, [...(done.pageBreaks.get(name) ?? []), address]),
      removePageBreaks: () => done.pageBreaksRemoved.push(name),
    },
    charts: collection(
      (state.charts ?? []).map((chart) => ({
        name: chart,
        delete: () => done.deletedCharts.push(chart),
      })),
      {
        add: (type: string, source: Mock) => {
          const chart = excel.make({
            title: {},
            legend: {},
            width: 0,
            height: 0,
            setPosition: (anchor: string) => (added.anchor = anchor),
            series: {
              getItemAt: (i: number) => ({
                setXAxisValues: (categories: Mock) =>
                  (added.xAxis[i] = done.rectOf.get(categories)!),
              }),
            },
          });
          const added: Recorded["charts"][number] = {
            sheet: name,
            type,
            source: done.rectOf.get(source)!,
            mock: chart,
            xAxis: [],
          };
          done.charts.push(added);
          return chart;
        },
      }
    ),
  });
  return sheet;
}

/** A used range's data as Excel answers it: position, size, formulas. */
function usedRangeData(sheet: string, address: string, state: SheetState): Record<string, unknown> {
  const rect = parseA1(address);
  return {
    address: qualifiedAddress(sheet, address),
    rowIndex: rect.row,
    columnIndex: rect.col,
    rowCount: rect.rows,
    columnCount: rect.cols,
    formulas: formulasIn(state, rect),
  };
}

/** The formula cells of `state` as Excel's RangeAreas gives them: one area per rectangle of formula cells. */
function formulaAreas(state: SheetState): Rect[] {
  const cells = Object.entries(state.cells ?? {})
    .filter(([, v]) => typeof v === "string" && v.startsWith("="))
    .map(([address]) => parseA1(address));
  return cellRects(cells);
}
