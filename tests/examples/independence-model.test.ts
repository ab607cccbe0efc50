/**
 * examples/independence-model.xlsx, read back as Excel or LibreOffice would read it: every cached value must be the
 * core's answer. The values are recomputed from the file's own formulas and constants, never from the cached values
 * under test: once in a fresh HyperFormula workbook with the RE.* plugin, and once by calling the functions' runner
 * (spec → coerce → core, what Excel's wrappers call) directly for every RE.* call whose arguments are literals,
 * cells or ranges.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import { CellType, DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import JSZip from "jszip";
import { cellAddress, parseCell, parseRange } from "../../src/templates/a1";
import { exampleTemplates } from "../../preview/example";
import { registerReFunctions } from "../../preview/hyperformula-plugin";
import { buildExampleWorkbook, EXAMPLE_PATH } from "../../scripts/build-example";
import { fromFileFormula } from "../../preview/file-formula";
import { CALC_ID } from "../../preview/xlsx-export";
import { errorOf } from "../../src/functions/errors";
import { excelName, run, type FunctionSpec } from "../../src/functions/spec";
import { SPECS } from "../../src/functions/specs";

type Cached = number | string | boolean | { error: string } | null;

interface FileCell {
  readonly sheet: string;
  readonly address: string;
  /** The formula as typed in Excel (RE.* names restored), when the cell holds one. */
  readonly formula?: string;
  /** The array range of a spilling formula. */
  readonly arrayRef?: string;
  /** The constant, or the formula's cached result. */
  readonly value: Cached;
}

const HYPERFORMULA_ERRORS: Readonly<Record<string, string>> = {
  DIV_BY_ZERO: "#DIV/0!",
  NA: "#N/A",
  NAME: "#NAME?",
  NUM: "#NUM!",
  REF: "#REF!",
  SPILL: "#SPILL!",
  VALUE: "#VALUE!",
};

function cachedOf(value: ExcelJS.CellValue): Cached {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "object" && "error" in value) return { error: value.error };
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((r) => r.text).join("");
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

async function readExample(): Promise<{ cells: FileCell[]; sheets: string[]; zip: JSZip }> {
  const bytes = fs.readFileSync(EXAMPLE_PATH);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const cells: FileCell[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const model = cell.model as {
          formula?: string;
          shareType?: string;
          ref?: string;
          result?: ExcelJS.CellValue;
        };
        if (model.formula !== undefined) {
          cells.push({
            sheet: sheet.name,
            address: cell.address,
            formula: fromFileFormula(model.formula),
            arrayRef: model.shareType === "array" ? model.ref : undefined,
            value: cachedOf(model.result ?? null),
          });
        } else {
          cells.push({ sheet: sheet.name, address: cell.address, value: cachedOf(cell.value) });
        }
      })
    )
  );
  return { cells, sheets: book.worksheets.map((s) => s.name), zip: await JSZip.loadAsync(bytes) };
}

/** A HyperFormula value in the cached-value shape. */
function asCached(value: unknown): Cached {
  if (value instanceof DetailedCellError)
    return { error: HYPERFORMULA_ERRORS[value.type] ?? `#${value.type}` };
  if (value === null || value === undefined) return null;
  return value as Cached;
}

/** The fix when the file no longer matches the templates, the dataset or the core. */
const REGENERATE =
  "If the templates, the dataset or the core changed on purpose, regenerate it: npm run example";

function expectSame(actual: Cached, expected: Cached, where: string): void {
  if (typeof actual === "number" && typeof expected === "number") {
    const scale = Math.max(1, Math.abs(expected));
    if (Math.abs(actual - expected) > 1e-12 * scale)
      throw new Error(`${where}: cached ${actual}, core ${expected}`);
    return;
  }
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(
      `${where}: cached ${JSON.stringify(actual)}, core ${JSON.stringify(expected)}. ${REGENERATE}`
    );
}

/** Splits a function call's argument text at top-level commas ("" escapes a quote). */
function splitArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      args.push(current.trim());
      current = "";
    } else current += ch;
  }
  args.push(current.trim());
  return text.trim() === "" ? [] : args;
}

const SPEC_BY_NAME = new Map<string, FunctionSpec>(
  SPECS.map((spec) => [excelName(spec).toUpperCase(), spec])
);

let file: Awaited<ReturnType<typeof readExample>>;
let hf: HyperFormula;

beforeAll(async () => {
  file = await readExample();
  // A fresh workbook built from the file alone: its constants and its formulas, not its cached results.
  registerReFunctions(HyperFormula);
  hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    useArrayArithmetic: true,
    smartRounding: false,
  });
  for (const name of file.sheets) hf.addSheet(name);
  const spilled = new Set<string>();
  for (const cell of file.cells) {
    if (!cell.arrayRef) continue;
    const range = parseRange(cell.arrayRef)!;
    for (let row = range.start.row; row <= range.end.row; row++)
      for (let col = range.start.col; col <= range.end.col; col++)
        if (row !== range.start.row || col !== range.start.col)
          spilled.add(`${cell.sheet}!${cellAddress({ row, col })}`);
  }
  hf.batch(() => {
    for (const cell of file.cells) {
      if (spilled.has(`${cell.sheet}!${cell.address}`)) continue; // cached values of a spill, not inputs
      const ref = parseCell(cell.address)!;
      const content: RawCellContent =
        cell.formula ??
        (typeof cell.value === "string" && /^[=']|^[\d.+-]/.test(cell.value)
          ? `'${cell.value}`
          : (cell.value as RawCellContent));
      hf.setCellContents(
        { sheet: hf.getSheetId(cell.sheet)!, row: ref.row, col: ref.col },
        content
      );
    }
  });
});

describe("examples/independence-model.xlsx", () => {
  test("holds every sheet and cell of the templates the task pane inserts", () => {
    const templates = exampleTemplates();
    expect(file.sheets).toEqual(templates.map((t) => t.name));
    for (const template of templates) {
      for (const expected of template.cells) {
        const cell = file.cells.find(
          (c) => c.sheet === template.name && c.address === expected.address
        );
        const stale = `examples/independence-model.xlsx is out of date with src/templates. ${REGENERATE}`;
        if (!cell) throw new Error(`${template.name}!${expected.address} is missing. ${stale}`);
        const same =
          expected.formula !== undefined
            ? cell.formula === expected.formula
            : cell.value === expected.value;
        if (!same)
          throw new Error(
            `${template.name}!${expected.address} holds ${JSON.stringify(cell.formula ?? cell.value)}, the template ${JSON.stringify(expected.formula ?? expected.value)}. ${stale}`
          );
      }
    }
  });

  test("every cached value equals the value recomputed from the file's formulas (HyperFormula + RE plugin)", () => {
    const formulas = file.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(100);
    let checked = 0;
    for (const cell of file.cells) {
      const ref = parseCell(cell.address)!;
      const addr = { sheet: hf.getSheetId(cell.sheet)!, row: ref.row, col: ref.col };
      const computedHere = cell.formula !== undefined || hf.getCellType(addr) === CellType.ARRAY;
      if (!computedHere) continue;
      expectSame(
        cell.value,
        asCached(hf.getCellValue(addr)),
        `${cell.sheet}!${cell.address} ${cell.formula ?? "(spilled)"}`
      );
      checked++;
    }
    // Every formula is checked (the example spills nothing: its labels are text, issue 12).
    expect(checked).toBeGreaterThanOrEqual(formulas.length);
  });

  test("every RE.* call with literal, cell or range arguments caches exactly what the runner (the core) answers", () => {
    let checked = 0;
    for (const cell of file.cells) {
      // A cell that says it needs the add-in without it (src/templates/without-add-in.ts) holds its call inside.
      const formula = cell.formula?.replace(
        /^=IF\(ISERROR\(RE\.DATASET\("version"\)\),"[^"]*",(.*)\)$/i,
        "=$1"
      );
      const call = formula && /^=(RE\.[A-Z.]+)\((.*)\)$/i.exec(formula);
      if (!call) continue;
      const spec = SPEC_BY_NAME.get(call[1].toUpperCase());
      if (!spec) throw new Error(`${cell.sheet}!${cell.address}: ${call[1]} is not an RE function`);
      const sheetId = hf.getSheetId(cell.sheet)!;
      const args: unknown[] = [];
      let simple = true;
      for (const text of splitArguments(call[2])) {
        if (text === "") args.push(null);
        else if (/^"(?:[^"]|"")*"$/.test(text)) args.push(text.slice(1, -1).replace(/""/g, '"'));
        else if (/^-?\d+(\.\d+)?$/.test(text)) args.push(Number(text));
        else if (parseCell(text.replace(/\$/g, "")) && !text.includes(":")) {
          const ref = parseCell(text.replace(/\$/g, ""))!;
          const value = hf.getCellValue({ sheet: sheetId, ...ref });
          args.push(
            value === null
              ? null
              : value instanceof DetailedCellError
                ? { code: HYPERFORMULA_ERRORS[value.type] }
                : value
          );
        } else if (parseRange(text.replace(/\$/g, "")) && text.includes(":")) {
          const range = parseRange(text.replace(/\$/g, ""))!;
          const rows: unknown[][] = [];
          for (let row = range.start.row; row <= range.end.row; row++) {
            const line: unknown[] = [];
            for (let col = range.start.col; col <= range.end.col; col++)
              line.push(hf.getCellValue({ sheet: sheetId, row, col }));
            rows.push(line);
          }
          args.push(rows);
        } else {
          simple = false; // a nested formula: covered by the recomputation above
          break;
        }
      }
      if (!simple) continue;
      // A repeating last parameter receives its values as one array, as Excel hands them over.
      const last = spec.params.length - 1;
      const grouped =
        last >= 0 && spec.params[last].repeating
          ? [...args.slice(0, last), args.slice(last)]
          : args;
      const answer = run(spec, grouped);
      const where = `${cell.sheet}!${cell.address} ${cell.formula}`;
      if (!answer.ok) {
        expectSame(cell.value, { error: errorOf(answer).code }, where);
      } else if (Array.isArray(answer.value)) {
        const anchor = parseCell(cell.address)!;
        (answer.value as readonly (readonly unknown[])[]).forEach((line, r) =>
          line.forEach((expected, c) => {
            const address = cellAddress({ row: anchor.row + r, col: anchor.col + c });
            const spilled = file.cells.find((x) => x.sheet === cell.sheet && x.address === address);
            expectSame(spilled?.value ?? null, expected as Cached, `${where} → ${address}`);
          })
        );
      } else {
        expectSame(cell.value, answer.value as Cached, where);
      }
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  test("caches no broken value: no #NAME?, #REF!, #SPILL! or empty formula result", () => {
    for (const cell of file.cells.filter((c) => c.formula !== undefined)) {
      const where = `${cell.sheet}!${cell.address} ${cell.formula}`;
      if (cell.value === null) throw new Error(`${where} has no cached value`);
      if (
        typeof cell.value === "object" &&
        ["#NAME?", "#REF!", "#SPILL!"].includes(cell.value.error)
      )
        throw new Error(`${where} caches ${cell.value.error}`);
    }
  });

  test("stores RE.* as Excel stores add-in functions, and is not recalculated when Excel opens it", async () => {
    const workbookXml = await file.zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain(`<calcPr calcId="${CALC_ID}"/>`);
    expect(workbookXml).not.toContain("fullCalcOnLoad");
    for (const name of Object.keys(file.zip.files).filter((n) =>
      n.startsWith("xl/worksheets/sheet")
    )) {
      const xml = await file.zip.file(name)!.async("string");
      const formulas = [...xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]);
      for (const f of formulas)
        expect(f.replace(/&quot;[^&]*&quot;/g, "")).not.toMatch(/(^|[^_A-Za-z])RE\./);
      expect(formulas.some((f) => f.includes("_xldudf_RE_"))).toBe(true);
    }
    // The gaps are text now (issue 12), so nothing spills here; tests/preview checks a saved spill is a dynamic array.
    expect(file.cells.filter((c) => c.arrayRef !== undefined)).toEqual([]);
  });
});

test("the committed example is what `npm run example` builds from today's templates and dataset (run it after either changes)", async () => {
  const built = await buildExampleWorkbook();
  expect(built.equals(fs.readFileSync(EXAMPLE_PATH))).toBe(true);
});
