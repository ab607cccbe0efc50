/**
 * npm run bench — how fast the RE functions are, and how much JavaScript they ship. A benchmark, not a
 * test: it reports, it does not fail. Its last line is one JSON object of figures. Every figure that is a
 * ratio compares two things measured in this run, interleaved after a warm-up (scripts/bench/timing.ts),
 * so that the machine's noise falls on both alike.
 *
 * 1. Warm calls through Excel's registration against a bare `Map.get` on a string key: an answer
 *    (`runner_vs_map_get_ratio`, goal ≤ 5) and an error cell (`error_cell_vs_map_get_ratio`, goal ≤ 10).
 * 2. The core's computations per second, called directly on the active snapshot (no runner, no cache).
 * 3. A 10,000-row model in HyperFormula with RE.* formulas against the same model with native
 *    INDEX/MATCH lookups (`re_vs_native_ratio`: build and first evaluation).
 * 4. Targeted ÷ full recalculation of 100,000 native + 10,000 RE formulas (`recalc_re_only_ratio`).
 * 5. functions.js gzipped, and all the JavaScript the task pane page loads (`page_js_gzip_bytes`, goal
 *    ≤ 110,000), rebuilt with webpack in production mode when older than the sources.
 * 6. The functions bundle's cold start in headless Chromium to its first answer (`cold_first_answer_ms`),
 *    and invocations through Microsoft's own custom-functions runtime in the built page, per cell:
 *    RE.SHARE one cell per call (`cf_runtime_us_per_call`), over a column of 1,000 years in one call
 *    (`cf_runtime_column_us_per_cell`) and a no-op function, the runtime's floor
 *    (`cf_runtime_noop_us_per_call`); scripts/bench/cf-runtime.ts.
 * 7. The longest main-thread block of a 4 MB pull (`pull_4mb_longest_block_ms`, goal ≤ 200;
 *    scripts/bench-pull.ts).
 * 8. The modelling kit and stockpile coverage: 10,000 cells of RE.CAPACITY over an own region with own
 *    projects, and of RE.STOCKCOVER, each against its native equivalent (`modelling_vs_native_ratio`,
 *    `stockcover_vs_native_ratio`).
 * 9. 10,000 cells of RE.INDEPENDENCEPROB against the native formula of the same probability worked out
 *    by hand (`probability_vs_native_ratio`).
 * 10. The rest of the modelling kit, 10,000 cells each against native formulas over the same figures
 *    (scripts/bench/modelling-kit.ts): a group's share, an indicator, the latest start year, a period of a
 *    history and the whole-chain independence year (`union_share_vs_native_ratio`, `indicator_…`,
 *    `startyear_…`, `history_…`, `chain_independenceyear_vs_native_ratio`).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { registerReFunctions } from "../preview/hyperformula-plugin";
import { capacityOnline } from "../src/core/capacityOnline";
import { elementField } from "../src/core/elementField";
import { ASSUMED_ODDS } from "../src/core/independenceProbability/onlineOdds";
import { leadTimeYears } from "../src/core/leadTimeYears";
import { supplyShare } from "../src/core/supplyShare";
import { failureText } from "../src/core/_lib/messages/failureText";
import { activeSnapshot } from "../src/data/store";
import { measurePullLongestBlock } from "./bench-pull";
import { customFunctionsRuntimeUsPerCell } from "./bench/cf-runtime";
import { coldFirstAnswerMs } from "./bench/cold-start";
import { gzipBytes, pageScripts } from "./bench/page-size";
import { recalcReOnlyRatio } from "./bench/recalc";
import { shippedFunctions } from "./bench/shipped-functions";
import { HF_CONFIG, interleavedBuilds } from "./bench/interleaved";
import { benchModellingKit } from "./bench/modelling-kit";
import { median, nsPerOperation } from "./bench/timing";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const ROWS = 10_000;
const REPETITIONS = 5;
const CORE_CALLS = 300_000;
const COLD_RUNS = 7;
/** The cells of one range-in, column-out call timed through Microsoft's runtime. */
const COLUMN = Array.from({ length: 1000 }, (_, i) => i);

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

interface Timing {
  build: number;
  recalc: number;
  values: unknown[][];
}

/** Builds (parses and evaluates) the workbook, then times a full recalculation: every row reads the year. */
function evaluate(sheets: Record<string, RawCellContent[][]>): Timing {
  const start = performance.now();
  const hf = HyperFormula.buildFromSheets(sheets, HF_CONFIG);
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

// ─── warm calls against a Map lookup ───────────────────────────────────────────────────────────────

/** 64 distinct calls of each kind, so that neither loop is a lookup of one key. */
const CALLS = 64;

/** Years with observed mining figures on the default basis (2020 is on another basis). */
const SHARE_YEARS = [2023, 2024, 2025];

/**
 * RE.SHARE's distinct warm calls: every country with a mining figure, over the years above, each
 * country in the years it has a figure for (USGS MCS 2026 starts some countries at 2024), so that the
 * answer loop times answers only.
 */
function answeredShareCalls(shipped: ReturnType<typeof shippedFunctions>): unknown[][] {
  const share = shipped.call("SHARE");
  const answered = countries
    .flatMap((country) => SHARE_YEARS.map((year) => [country, "mining", year]))
    .filter((call) => !shipped.isError(share(...shipped.argumentsOf("SHARE", [call])[0])));
  return Array.from({ length: CALLS }, (_, i) => answered[i % answered.length]);
}

function benchWarmCalls(
  shipped: ReturnType<typeof shippedFunctions>,
  shareCalls: readonly unknown[][]
) {
  const errorCalls = Array.from({ length: CALLS }, (_, i) => [`Atlantis ${i}`, "mining", 2024]);
  const leadCalls = Array.from({ length: CALLS }, (_, i) => [stages[i % stages.length], "any"]);
  const share = shipped.call("SHARE");
  const leadtime = shipped.call("LEADTIME");
  const shareArgs = shipped.argumentsOf("SHARE", shareCalls);
  const errorArgs = shipped.argumentsOf("SHARE", errorCalls);
  const leadArgs = shipped.argumentsOf("LEADTIME", leadCalls);
  // Every call is checked here, once, so that the timed loops do the same work on what they get back:
  // an error check in the error loop alone (an instanceof and a matrix read) would be timed as the
  // error cell's cost.
  if (
    !errorArgs.every((a) => shipped.isError(share(...a))) ||
    shareArgs.some((a) => shipped.isError(share(...a)))
  )
    throw new Error("the shipped RE.SHARE does not answer as expected");
  const keys = shareCalls.map((c) => c.join("|"));
  const map = new Map(keys.map((k, i) => [k, i]));
  const mask = CALLS - 1;
  const numberOf = (v: unknown) => (typeof v === "number" ? v : Array.isArray(v) ? 1 : 0);
  const ns = nsPerOperation({
    mapGet: (n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += map.get(keys[i & mask]) as number;
      return sum;
    },
    share: (n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const a = shareArgs[i & mask];
        sum += numberOf(share(a[0], a[1], a[2]));
      }
      return sum;
    },
    leadtime: (n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const a = leadArgs[i & mask];
        sum += numberOf(leadtime(a[0], a[1], a[2]));
      }
      return sum;
    },
    errorCell: (n) => {
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const a = errorArgs[i & mask];
        sum += numberOf(share(a[0], a[1], a[2]));
      }
      return sum;
    },
  });
  return ns;
}

// ─── the core ───────────────────────────────────────────────────────────────────────────────────────

/** The core's own computations (no runner, no answer cache) per second. */
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
  loop(30_000); // warm-up
  const rates: number[] = [];
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    loop(CORE_CALLS / 3);
    rates.push(CORE_CALLS / 3 / ((performance.now() - start) / 1000));
  }
  if (!Number.isFinite(sink))
    throw new Error("unreachable: keeps the loops from being optimised away");
  return median(rates);
}

// ─── the bundles ────────────────────────────────────────────────────────────────────────────────────

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

const webpackBin = require.resolve("webpack/bin/webpack");

/** Builds dist/ in production mode when it is missing or older than src/. */
function ensureBuilt(): boolean {
  const file = path.join(DIST, "taskpane.html");
  const stale =
    !fs.existsSync(file) || fs.statSync(file).mtimeMs < newestSourceTime(path.join(ROOT, "src"));
  if (stale) {
    console.log("dist/ is missing or older than src/: building with webpack (production)…");
    execFileSync(process.execPath, [webpackBin, "--mode", "production"], {
      cwd: ROOT,
      stdio: "ignore",
    });
    // webpack leaves an unchanged output file as it was: mark the build as newer than the sources
    const now = new Date();
    fs.utimesSync(file, now, now);
  }
  return stale;
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
    if (!total.ok) throw new Error(`no ${code} magnet capacity: ${failureText(total)}`);
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
  return interleavedBuilds(reSheets, nativeSheets, "modelling");
}

// ─── RE.INDEPENDENCEPROB ────────────────────────────────────────────────────────────────────────────

/** Two plants of the analyst's own where the dataset has none (Canada's magnets), as the docs' worked case. */
const PROB_PLANTS: RawCellContent[][] = [
  ["Plant A", "Canada", "magnet", 1000, 2028, "planned"],
  ["Plant B", "Canada", "magnet", 1000, 2029, "construction"],
];
/** Trials per cell: 10,000 cells at the default 10,000 would take minutes on this machine. */
const PROB_TRIALS = 1000;
const PROB_REPETITIONS = 3;

/**
 * 10,000 cells of RE.INDEPENDENCEPROB, each with its own demand (1,000.1 to 2,000 t/yr: both plants needed,
 * so no two cells share an answer in the cache), against the native formula of the same probability worked
 * out by hand: chance of A × chance of B × 0.75, B's chance of arriving on time (the magnet lead time
 * 2 / 2 / 3 years, triangular: a draw above 2.5 years moves it a year), looked up with INDEX/MATCH.
 */
function benchProbability() {
  const odds = Object.entries(ASSUMED_ODDS).map(([status, chance]) => [status, chance]);
  const demand = (i: number) => 1000 + (i + 1) / 10;
  const reSheets = {
    Own: PROB_PLANTS,
    Model: Array.from({ length: ROWS }, (_, i) => [
      demand(i),
      `=RE.INDEPENDENCEPROB("Canada","magnet",A${i + 1},2025,2029,,Own!$A$1:$F$2,,,,${PROB_TRIALS})`,
    ]),
  };
  const lookup = (row: number) =>
    `INDEX(Odds!$B$1:$B$${odds.length},MATCH(Own!$F$${row},Odds!$A$1:$A$${odds.length},0))`;
  const nativeSheets = {
    Own: PROB_PLANTS,
    Odds: odds,
    Model: Array.from({ length: ROWS }, (_, i) => [
      demand(i),
      `=${lookup(1)}*${lookup(2)}*0.75*(A${i + 1}<=SUM(Own!$D$1:$D$2))`,
    ]),
  };
  const time = (sheets: Record<string, RawCellContent[][]>) => {
    const start = performance.now();
    const hf = HyperFormula.buildFromSheets(sheets, HF_CONFIG);
    const elapsed = performance.now() - start;
    const values = hf.getSheetValues(hf.getSheetId("Model") as number).map((row) => row[1]);
    hf.destroy();
    return { elapsed, values };
  };
  time(nativeSheets);
  const re: number[] = [];
  const native: number[] = [];
  let values: { re: unknown[]; native: unknown[] } | undefined;
  for (let i = 0; i < PROB_REPETITIONS; i++) {
    const a = time(reSheets);
    const b = time(nativeSheets);
    values ??= { re: a.values, native: b.values };
    re.push(a.elapsed);
    native.push(b.elapsed);
  }
  const exact = values?.native[0] as number;
  const estimates = (values?.re ?? []) as number[];
  // the cells share each plant's draws (common random numbers), so each must be within sampling error
  const tolerance = 4 * Math.sqrt((exact * (1 - exact)) / PROB_TRIALS);
  const worst = estimates.reduce((w, v) => Math.max(w, Math.abs(v - exact)), 0);
  if (!(worst < tolerance) || estimates.length !== ROWS)
    throw new Error(
      `RE.INDEPENDENCEPROB is ${worst} from the exact ${exact} (tolerance ${tolerance})`
    );
  return { re: median(re), native: median(native), exact, estimate: estimates[0] };
}

// ─── stockpile coverage ─────────────────────────────────────────────────────────────────────────────

/**
 * 10,000 cells of RE.STOCKCOVER, each with its own demand (100 + row t/yr, so every cell is a new
 * answer), against the native equivalent: INDEX/MATCH of the stock on a sheet of the stockpile table's
 * tonnages, ÷ demand × 365.
 */
function benchStockCover() {
  const tonnages = data.stockpiles.filter((s) => s.unit === "t" && s.value !== null);
  const irel = tonnages.find((s) => s.id === "in-irel-ndpr-oxide");
  if (!irel) throw new Error("no IREL NdPr oxide stock in the dataset");
  const demand = (i: number) => 100 + i;
  const reSheets = {
    Model: Array.from({ length: ROWS }, (_, i) => [
      demand(i),
      `=RE.STOCKCOVER("India","NdPr oxide",A${i + 1})`,
    ]),
  };
  const stocks = `Stocks!$B$1:$B$${tonnages.length}`;
  const keys = `Stocks!$A$1:$A$${tonnages.length}`;
  const nativeSheets = {
    Stocks: tonnages.map((s) => [`${s.country}|${s.material}`, s.value]),
    Model: Array.from({ length: ROWS }, (_, i) => [
      demand(i),
      `=INDEX(${stocks},MATCH("IN|NdPr oxide",${keys},0))/A${i + 1}*365`,
    ]),
  };
  // the first Model cell is the demand, equal in both; the coverage is compared here
  const check = (sheets: Record<string, RawCellContent[][]>) => {
    const hf = HyperFormula.buildFromSheets(sheets, HF_CONFIG);
    const value = hf.getCellValue({ sheet: hf.getSheetId("Model") as number, row: 0, col: 1 });
    hf.destroy();
    return value;
  };
  const [re, native] = [check(reSheets), check(nativeSheets)];
  if (re !== native)
    throw new Error(`the stockpile models disagree: RE ${String(re)}, native ${String(native)}`);
  return { ...interleavedBuilds(reSheets, nativeSheets, "stockpile"), value: re };
}

// ─── report ─────────────────────────────────────────────────────────────────────────────────────────

const ms = (v: number) => `${v.toFixed(1)} ms`;
const round = (v: number, digits = 3) => Number(v.toFixed(digits));

async function main() {
  console.log(`RE benchmark (${REPETITIONS}+ interleaved repetitions after a warm-up, medians)`);
  const rebuilt = ensureBuilt();
  // the in-process loops first, on a small heap: the spreadsheet runs leave garbage that would tax them
  const shipped = shippedFunctions(DIST);
  const shareCalls = answeredShareCalls(shipped);
  const warm = benchWarmCalls(shipped, shareCalls);
  console.log(
    `  warm calls of the shipped functions.js as Excel makes them: SHARE ${warm.share.toFixed(1)} ns, LEADTIME ${warm.leadtime.toFixed(1)} ns, ` +
      `error cell ${warm.errorCell.toFixed(1)} ns; bare Map.get ${warm.mapGet.toFixed(1)} ns`
  );
  const core = benchCore();
  console.log(`  core (no cache): ${Math.round(core).toLocaleString("en")} computations/s`);
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
  const probability = benchProbability();
  console.log(
    `  ${ROWS.toLocaleString("en")} cells of RE.INDEPENDENCEPROB (${PROB_TRIALS.toLocaleString("en")} trials each, estimate ${probability.estimate} vs exact ${probability.exact}): RE ${ms(probability.re)}, native INDEX/MATCH of the exact formula ${ms(probability.native)}`
  );
  const stockCover = benchStockCover();
  console.log(
    `  stockpile coverage, ${ROWS.toLocaleString("en")} cells of RE.STOCKCOVER (first ${String(stockCover.value)} days): RE ${ms(stockCover.re)}, native INDEX/MATCH ${ms(stockCover.native)}`
  );
  const kit = benchModellingKit(snapshot, ROWS);
  for (const k of kit)
    console.log(
      `  ${ROWS.toLocaleString("en")} cells, ${k.name} (first ${String(k.value)}): RE ${ms(k.re)}, native ${ms(k.native)}`
    );
  const recalc = await recalcReOnlyRatio(countries);
  console.log(
    `  after a dataset change, ${recalc.formulas.toLocaleString("en")} formulas: targeted ${ms(recalc.targeted)}, full ${ms(recalc.full)}`
  );
  const functionsJs = fs.readFileSync(path.join(DIST, "functions.js"));
  const page = pageScripts(DIST);
  console.log(
    `  task pane page JS: ${page.scripts.map((s) => `${s.src} ${s.gzipBytes.toLocaleString("en")}`).join(" + ")} bytes gzipped` +
      (page.onDemand.length > 0
        ? `; on demand: ${page.onDemand.map((s) => `${s.src} ${s.gzipBytes.toLocaleString("en")}`).join(", ")}`
        : "")
  );
  const cold = await coldFirstAnswerMs(DIST, COLD_RUNS, ["China", "mining", YEAR]);
  console.log(
    `  cold start in Chromium to the first answer: ${ms(cold.ms)} (answer ${cold.answer})`
  );
  const column = {
    args: [[[countries[0]]], "mining", COLUMN.map((i) => [SHARE_YEARS[i % 3]]), null],
    cells: COLUMN.length,
  };
  const runtime = await customFunctionsRuntimeUsPerCell(
    DIST,
    shipped.argumentsOf("SHARE", shareCalls),
    column
  );
  console.log(
    `  through Microsoft's custom-functions runtime, per cell: RE.SHARE ${runtime.share.toFixed(2)} µs, ` +
      `RE.SHARE over a column of ${COLUMN.length.toLocaleString("en")} years ${runtime.shareColumn.toFixed(2)} µs, ` +
      `a no-op function ${runtime.noOp.toFixed(2)} µs`
  );
  const pull = await measurePullLongestBlock();
  console.log(`  4 MB pull, longest main-thread block: ${ms(pull)}`);

  const figures = {
    runner_vs_map_get_ratio: round(warm.share / warm.mapGet, 2),
    error_cell_vs_map_get_ratio: round(warm.errorCell / warm.mapGet, 2),
    cold_first_answer_ms: round(cold.ms, 1),
    page_js_gzip_bytes: page.gzipBytes,
    pull_4mb_longest_block_ms: round(pull, 1),
    recalc_re_only_ratio: round(recalc.ratio),
    re_vs_native_ratio: round(models.reBuild / models.nativeBuild),
    modelling_vs_native_ratio: round(modelling.re / modelling.native),
    modelling_re_ms: round(modelling.re, 1),
    modelling_native_ms: round(modelling.native, 1),
    probability_vs_native_ratio: round(probability.re / probability.native),
    probability_re_ms: round(probability.re, 1),
    probability_native_ms: round(probability.native, 1),
    stockcover_vs_native_ratio: round(stockCover.re / stockCover.native),
    stockcover_re_ms: round(stockCover.re, 1),
    stockcover_native_ms: round(stockCover.native, 1),
    ...Object.fromEntries(kit.map((k) => [`${k.name}_vs_native_ratio`, round(k.re / k.native)])),
    cf_runtime_us_per_call: round(runtime.share, 2),
    cf_runtime_noop_us_per_call: round(runtime.noOp, 2),
    cf_runtime_column_us_per_cell: round(runtime.shareColumn, 2),
    core_lookups_per_s: Math.round(core),
    functions_js_gzip_bytes: gzipBytes(functionsJs),
    leadtime_vs_map_get_ratio: round(warm.leadtime / warm.mapGet, 2),
    map_get_ns: round(warm.mapGet, 1),
    runner_warm_ns: round(warm.share, 1),
    error_cell_ns: round(warm.errorCell, 1),
    functions_js_bytes: functionsJs.length,
    page_js_on_demand_gzip_bytes: page.onDemand.reduce((n, s) => n + s.gzipBytes, 0),
    re_build_ms: round(models.reBuild, 1),
    native_build_ms: round(models.nativeBuild, 1),
    re_recalc_ms: round(models.reRecalc, 1),
    native_recalc_ms: round(models.nativeRecalc, 1),
    recalc_targeted_ms: round(recalc.targeted, 1),
    recalc_full_ms: round(recalc.full, 1),
    rebuilt_dist: rebuilt,
    goals_met: {
      runner_vs_map_get: warm.share / warm.mapGet <= 5,
      error_cell_vs_map_get: warm.errorCell / warm.mapGet <= 10,
      page_js_gzip: page.gzipBytes <= 110_000,
      pull_4mb: pull <= 200,
    },
  };
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
