/**
 * npm run bench — how fast the RE functions are, and how big the functions bundle is. A benchmark, not a
 * test: it reports, it does not fail. Its last line is one JSON object of figures.
 *
 * 1. A 10,000-row model evaluated in HyperFormula twice: with RE.* formulas, and with the equivalent
 *    native INDEX/MATCH lookups over the same records placed on sheets. Each row asks three things: a
 *    country's share of mining in 2024 (two lookups and a division natively), a stage's lead time and an
 *    element's oxide-to-metal factor. Both models are checked to give the same numbers before timing.
 *    Warm-up, then alternating repetitions; medians. Timed twice: building the workbook (parse + first
 *    evaluation) and a full recalculation after an input every row depends on changes.
 * 2. The core's lookups per second, called directly on the active snapshot (no spreadsheet, no runner),
 *    and the runner's calls per second (coercion and checks included).
 * 3. functions.js, minified and gzipped, rebuilt with webpack in production mode when missing or older
 *    than the sources; with the gzipped size of the embedded dataset, its largest part, for comparison.
 *
 * Goals (the issue's): ratio ≤ 1.0, core > 1,000,000 lookups/s, functions.js < 60 KB gzipped.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import * as zlib from "zlib";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { registerReFunctions } from "../preview/hyperformula-plugin";
import { capacityOnline } from "../src/core/capacityOnline";
import { elementField } from "../src/core/elementField";
import { leadTimeYears } from "../src/core/leadTimeYears";
import { supplyShare } from "../src/core/supplyShare";
import { activeSnapshot } from "../src/data/store";
import { run } from "../src/functions/spec";
import { ELEMENT, LEADTIME, SHARE } from "../src/functions/specs";

const ROOT = path.resolve(__dirname, "..");
const ROWS = 10_000;
const REPETITIONS = 5;
const CORE_CALLS = 1_500_000;

registerReFunctions(HyperFormula);
const snapshot = activeSnapshot();
const data = snapshot.dataset;

// ─── the model ──────────────────────────────────────────────────────────────────────────────────────

const YEAR = 2024;
/** The latest USGS edition with a world total for 2024, the one RE.SHARE reads for mining. */
const production = data.production.filter(
  (p) => p.stage === "mining" && p.year === YEAR && p.value !== null
);
const edition = production.find((p) => p.country === "WORLD")?.edition;
const editionRows = production.filter((p) => p.edition === edition);
const countries = editionRows
  .filter((p) => p.country !== "WORLD")
  .map((p) => data.countries.find((c) => c.code === p.country)?.name ?? p.country);
const stages = data.leadTimes
  .filter((t) => t.scope === "any" && t.base !== null)
  .map((t) => t.stage);
const symbols = data.elements.map((e) => e.symbol);

/** The records the native model looks up, on sheets of their own: key in column A, value in column B. */
function dataSheets(): Record<string, RawCellContent[][]> {
  const nameOf = (code: string) =>
    code === "WORLD" ? "WORLD" : data.countries.find((c) => c.code === code)?.name;
  return {
    Production: editionRows.map((p) => [`${nameOf(p.country)}|mining|${p.year}`, p.value]),
    LeadTimes: data.leadTimes
      .filter((t) => t.scope === "any")
      .map((t) => [`${t.stage}|any`, t.base]),
    Elements: data.elements.map((e) => [e.symbol, e.metalPerOxide]),
  };
}

function inputRow(i: number): RawCellContent[] {
  return [countries[i % countries.length], stages[i % stages.length], symbols[i % symbols.length]];
}

/** Row i of the model (1-based sheet row r): inputs in A-C, the year in Inputs!A1, answers in D-F. */
function reRow(i: number): RawCellContent[] {
  const r = i + 1;
  return [
    ...inputRow(i),
    `=RE.SHARE(A${r},"mining",Inputs!$A$1)`,
    `=RE.LEADTIME(B${r})`,
    `=RE.ELEMENT(C${r},"factor")`,
  ];
}

function nativeRow(i: number): RawCellContent[] {
  const r = i + 1;
  const p = `Production!$A$1:$A$${editionRows.length}`;
  const pv = `Production!$B$1:$B$${editionRows.length}`;
  const l = `LeadTimes!$A$1:$A$${stages.length + 10}`;
  const lv = `LeadTimes!$B$1:$B$${stages.length + 10}`;
  const e = `Elements!$A$1:$A$${symbols.length}`;
  const ev = `Elements!$B$1:$B$${symbols.length}`;
  return [
    ...inputRow(i),
    `=INDEX(${pv},MATCH(A${r}&"|mining|"&Inputs!$A$1,${p},0))/INDEX(${pv},MATCH("WORLD|mining|"&Inputs!$A$1,${p},0))`,
    `=INDEX(${lv},MATCH(B${r}&"|any",${l},0))`,
    `=INDEX(${ev},MATCH(C${r},${e},0))`,
  ];
}

function model(
  row: (i: number) => RawCellContent[],
  withData: boolean
): Record<string, RawCellContent[][]> {
  const sheets: Record<string, RawCellContent[][]> = {
    Inputs: [[YEAR]],
    Model: Array.from({ length: ROWS }, (_, i) => row(i)),
  };
  return withData ? { ...sheets, ...dataSheets() } : sheets;
}

const CONFIG = { licenseKey: "gpl-v3" } as const;

interface Timing {
  build: number;
  recalc: number;
  values: unknown[][];
}

/** Builds (parses and evaluates) the workbook, then times a full recalculation: every row reads the year. */
function evaluate(sheets: Record<string, RawCellContent[][]>): Timing {
  const start = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets, CONFIG);
  const built = performance.now();
  const year = { sheet: hf.getSheetId("Inputs") as number, row: 0, col: 0 };
  hf.setCellContents(year, YEAR - 1);
  hf.setCellContents(year, YEAR);
  const recalculated = performance.now();
  const values = hf.getSheetValues(hf.getSheetId("Model") as number);
  hf.destroy();
  // two recalculations (to 2023 and back): the second restores the values compared below
  return { build: built - start, recalc: (recalculated - built) / 2, values };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function benchModels() {
  const reSheets = model(reRow, false);
  const nativeSheets = model(nativeRow, true);

  // warm-up, and the check that both models answer the same
  const re = evaluate(reSheets);
  const native = evaluate(nativeSheets);
  let compared = 0;
  for (let r = 0; r < ROWS; r++) {
    for (let c = 3; c < 6; c++) {
      const a = re.values[r][c];
      const b = native.values[r][c];
      if (
        typeof a !== "number" ||
        typeof b !== "number" ||
        Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))
      ) {
        throw new Error(
          `the models disagree at row ${r + 1}, column ${c + 1}: RE ${String(a)}, native ${String(b)}`
        );
      }
      compared++;
    }
  }

  const times = {
    reBuild: [] as number[],
    nativeBuild: [] as number[],
    reRecalc: [] as number[],
    nativeRecalc: [] as number[],
  };
  for (let i = 0; i < REPETITIONS; i++) {
    // alternate, so that drift (JIT, GC, thermal) falls on both alike
    const a = evaluate(reSheets);
    const b = evaluate(nativeSheets);
    times.reBuild.push(a.build);
    times.reRecalc.push(a.recalc);
    times.nativeBuild.push(b.build);
    times.nativeRecalc.push(b.recalc);
  }
  return {
    compared,
    reBuild: median(times.reBuild),
    nativeBuild: median(times.nativeBuild),
    reRecalc: median(times.reRecalc),
    nativeRecalc: median(times.nativeRecalc),
  };
}

// ─── the core ───────────────────────────────────────────────────────────────────────────────────────

function benchCore() {
  const shareArgs = countries.map((country) => ({ country, stage: "mining", year: YEAR }));
  const leadArgs = stages.map((stage) => ({ stage }));
  const elementArgs = symbols.map((element) => ({ element, field: "factor" }));
  let sink = 0;
  const loop = (n: number) => {
    for (let i = 0; i < n; i++) {
      const k = i % 3;
      const outcome =
        k === 0
          ? supplyShare(snapshot, shareArgs[i % shareArgs.length])
          : k === 1
            ? leadTimeYears(snapshot, leadArgs[i % leadArgs.length])
            : elementField(snapshot, elementArgs[i % elementArgs.length]);
      if (outcome.ok) sink += outcome.value as number;
    }
  };
  loop(100_000); // warm-up
  const start = performance.now();
  loop(CORE_CALLS);
  const seconds = (performance.now() - start) / 1000;

  const runnerCalls = 300_000;
  const runArgs = countries.map((c) => [c, "mining", YEAR]);
  const start2 = performance.now();
  for (let i = 0; i < runnerCalls; i++) {
    const k = i % 3;
    const evaluation =
      k === 0
        ? run(SHARE, runArgs[i % runArgs.length], snapshot)
        : k === 1
          ? run(LEADTIME, [stages[i % stages.length]], snapshot)
          : run(ELEMENT, [symbols[i % symbols.length], "factor"], snapshot);
    if (evaluation.ok) sink += evaluation.value as number;
  }
  const seconds2 = (performance.now() - start2) / 1000;
  if (!Number.isFinite(sink))
    throw new Error("unreachable: keeps the loops from being optimised away");
  return { lookupsPerSecond: CORE_CALLS / seconds, runnerCallsPerSecond: runnerCalls / seconds2 };
}

// ─── the bundle ─────────────────────────────────────────────────────────────────────────────────────

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestSourceTime(full) : fs.statSync(full).mtimeMs
    );
  }
  return newest;
}

const gzip = (bytes: Buffer | string) => zlib.gzipSync(bytes, { level: 9 }).length;
const webpackBin = require.resolve("webpack/bin/webpack");

function functionsBundle() {
  const file = path.join(ROOT, "dist/functions.js");
  const stale =
    !fs.existsSync(file) || fs.statSync(file).mtimeMs < newestSourceTime(path.join(ROOT, "src"));
  if (stale) {
    console.log(
      "dist/functions.js is missing or older than src/: building with webpack (production)…"
    );
    execFileSync(process.execPath, [webpackBin, "--mode", "production"], {
      cwd: ROOT,
      stdio: "ignore",
    });
  }
  const bytes = fs.readFileSync(file);
  return { bytes: bytes.length, gzipBytes: gzip(bytes), rebuilt: stale };
}

// ─── the modelling kit: own regions and own projects ────────────────────────────────────────────────

/** The analyst's plant every modelling row adds, and the two countries of the own region. */
const OWN_PLANT: RawCellContent[] = ["Plant A", "US", "magnet", 1000, 2027];
const OWN_REGION = ["US", "VN"] as const;

/**
 * 10,000 cells of RE.CAPACITY over an own region ("US+Vietnam") with an own-projects range, against the
 * native equivalent: SUMIFS over a sheet holding each country's capacity record and the same plant.
 */
function benchModelling() {
  const perCountry = OWN_REGION.map((code) => {
    const total = capacityOnline(snapshot, { region: code, stage: "magnet", year: 2028 });
    if (!total.ok) throw new Error(`no ${code} magnet capacity: ${total.message}`);
    return [code, total.value] as RawCellContent[];
  });
  const reSheets = {
    Own: [OWN_PLANT],
    Model: Array.from({ length: ROWS }, () => [
      '=RE.CAPACITY("US+Vietnam","magnet",2028,,Own!$A$1:$E$1)',
    ]),
  };
  const nativeSheets = {
    Plants: [...perCountry, [OWN_PLANT[1], OWN_PLANT[3]]],
    Model: Array.from({ length: ROWS }, () => [
      '=SUMIFS(Plants!$B$1:$B$3,Plants!$A$1:$A$3,"US")+SUMIFS(Plants!$B$1:$B$3,Plants!$A$1:$A$3,"VN")',
    ]),
  };
  const time = (sheets: Record<string, RawCellContent[][]>) => {
    const start = performance.now();
    const hf = HyperFormula.buildFromSheets(sheets, CONFIG);
    const elapsed = performance.now() - start;
    const values = hf.getSheetValues(hf.getSheetId("Model") as number);
    hf.destroy();
    return { elapsed, values };
  };
  time(reSheets);
  time(nativeSheets);
  const re: number[] = [];
  const native: number[] = [];
  let first: { re: unknown; native: unknown } | undefined;
  for (let i = 0; i < REPETITIONS; i++) {
    const a = time(reSheets);
    const b = time(nativeSheets);
    first ??= { re: a.values[0][0], native: b.values[0][0] };
    re.push(a.elapsed);
    native.push(b.elapsed);
  }
  if (first === undefined || first.re !== first.native)
    throw new Error(
      `the modelling models disagree: RE ${String(first?.re)}, native ${String(first?.native)}`
    );
  return { re: median(re), native: median(native), value: first.re };
}

// ─── report ─────────────────────────────────────────────────────────────────────────────────────────

const ms = (v: number) => `${v.toFixed(1)} ms`;

console.log(
  `RE benchmark: ${ROWS.toLocaleString("en")} rows × 3 lookups, ${REPETITIONS} repetitions after a warm-up`
);
// the core first, on a small heap: the spreadsheet runs leave garbage that would tax it
const core = benchCore();
console.log(`  core: ${Math.round(core.lookupsPerSecond).toLocaleString("en")} lookups/s`);
console.log(
  `  runner (coercion, checks, core): ${Math.round(core.runnerCallsPerSecond).toLocaleString("en")} calls/s`
);
const models = benchModels();
console.log(`  both models agree on all ${models.compared.toLocaleString("en")} values`);
console.log(
  `  build + evaluate: RE ${ms(models.reBuild)}, native INDEX/MATCH ${ms(models.nativeBuild)}`
);
console.log(
  `  full recalculation: RE ${ms(models.reRecalc)}, native INDEX/MATCH ${ms(models.nativeRecalc)}`
);
const modelling = benchModelling();
console.log(
  `  own region + own projects, ${ROWS.toLocaleString("en")} cells of RE.CAPACITY (${String(modelling.value)} t/yr): RE ${ms(modelling.re)}, native SUMIFS ${ms(modelling.native)}`
);
const bundle = functionsBundle();
const datasetGzip = gzip(JSON.stringify(data));
console.log(
  `  functions.js: ${bundle.bytes.toLocaleString("en")} bytes minified, ${bundle.gzipBytes.toLocaleString("en")} gzipped` +
    ` (of which the embedded dataset, gzipped alone: ${datasetGzip.toLocaleString("en")})`
);

const ratio = models.reBuild / models.nativeBuild;
const figures = {
  re_vs_native_ratio: Number(ratio.toFixed(3)),
  core_lookups_per_s: Math.round(core.lookupsPerSecond),
  functions_js_gzip_bytes: bundle.gzipBytes,
  functions_js_bytes: bundle.bytes,
  rows: ROWS,
  formulas_per_model: ROWS * 3,
  repetitions: REPETITIONS,
  re_build_ms: Number(models.reBuild.toFixed(1)),
  native_build_ms: Number(models.nativeBuild.toFixed(1)),
  re_recalc_ms: Number(models.reRecalc.toFixed(1)),
  native_recalc_ms: Number(models.nativeRecalc.toFixed(1)),
  recalc_ratio: Number((models.reRecalc / models.nativeRecalc).toFixed(3)),
  runner_calls_per_s: Math.round(core.runnerCallsPerSecond),
  modelling_re_ms: Number(modelling.re.toFixed(1)),
  modelling_native_ms: Number(modelling.native.toFixed(1)),
  modelling_ratio: Number((modelling.re / modelling.native).toFixed(3)),
  dataset_json_gzip_bytes: datasetGzip,
  goals_met: {
    ratio: ratio <= 1.0,
    core: core.lookupsPerSecond > 1_000_000,
    gzip: bundle.gzipBytes < 60 * 1024,
  },
};
console.log(JSON.stringify(figures));
