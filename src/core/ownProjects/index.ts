import type { CapacityProject, ProjectStatus, StageId } from "../../data/schema";
import { projectStatuses } from "../../data/tables";
import type { IndexedDataset } from "../../data/store";
import { YEAR_RANGE } from "../_lib/checks";
import { ownProjectCompany, ownProjectNote } from "../_lib/messages/ownInputs";
import { answer, fail, type Outcome } from "../_lib/outcome";
import { CANONICAL_PRODUCT } from "../_lib/vocabulary";
import { capacityIndex } from "../capacityOnline/capacityIndex";
import { resolveCountry } from "../resolveCountry";
import { resolveStage } from "../resolveStage";

/** One cell of a range as the functions layer hands it over: blank cells are null. */
export type OwnProjectCell = string | number | boolean | null;

/** The analyst's project rows: name, country, stage, capacity (t/yr), first year [, status]. */
export type OwnProjectRows = readonly (readonly OwnProjectCell[])[];

/** The columns a row needs before its optional status. */
const REQUIRED_COLUMNS = 5;

/** The first year a project record may carry (the capacity table's own bounds). */
const FIRST_YEAR = { min: 1950, max: 2100 } as const;

/**
 * Without a status the analyst states that the plant runs from its first year, so it counts under every
 * status filter, the default "running" included.
 */
const STATUS_WHEN_NOT_GIVEN: ProjectStatus = "operating";

function isBlankCell(cell: OwnProjectCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function numberIn(cell: OwnProjectCell | undefined): number | undefined {
  if (typeof cell === "number") return cell;
  if (typeof cell === "string" && cell.trim() !== "" && Number.isFinite(Number(cell)))
    return Number(cell);
  return undefined;
}

/** A first row whose capacity and first-year cells are text, not numbers, is a header. */
function isHeader(row: readonly OwnProjectCell[]): boolean {
  return numberIn(row[3]) === undefined && numberIn(row[4]) === undefined;
}

/**
 * @summary The analyst's own projects as capacity records, for one call only.
 *
 * @description
 * Each non-blank row of the range is a plant: name, country (name, alias or code), stage, capacity in
 * t/yr of the stage's product (mining REO, separation NdPr oxide, metal/magnet/recycling NdFeB), first
 * year online, and optionally a status (operating, ramping, commissioning, construction, financing,
 * planned, unlikely); without one the plant counts as operating from its first year. A first row of
 * column names is skipped. The records carry no source: their note says they are the analyst's own,
 * entered in the workbook, and their confidence is low, so a total that includes them is graded low.
 * The dataset never changes.
 *
 * @param data - The indexed dataset (to resolve countries and stages).
 * @param rows - The range's cells, blank cells as null.
 * @returns The records, or an `invalid` failure naming the row and column that is wrong.
 *
 * @example
 * ownProjects(data, [["My plant", "US", "magnet", 1000, 2027]])
 * //=> { ok: true, value: [{ project: "My plant", country: "US", stages: ["magnet"], value: 1000, startYear: 2027, status: "operating", … }] }
 */
export function ownProjects(
  data: IndexedDataset,
  rows: OwnProjectRows
): Outcome<readonly CapacityProject[]> {
  const projects: CapacityProject[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.every(isBlankCell)) continue;
    if (projects.length === 0 && i === 0 && isHeader(row)) continue;
    const project = parseRow(data, row, i + 1);
    if (!project.ok) return project;
    projects.push(project.value);
  }
  return answer(projects);
}

function parseRow(
  data: IndexedDataset,
  row: readonly OwnProjectCell[],
  rowNumber: number
): Outcome<CapacityProject> {
  if (row.slice(0, REQUIRED_COLUMNS).some(isBlankCell) || row.length < REQUIRED_COLUMNS)
    return fail("invalid", "ownProjectTooShort", { row: rowNumber });
  const [name, countryCell, stageCell, capacityCell, yearCell, statusCell] = row;
  const country = resolveCountry(data, String(countryCell));
  if (!country.ok)
    return fail("invalid", "ownProjectBadKeyword", {
      row: rowNumber,
      column: "country",
      cause: country,
    });
  const stage = resolveStage(data, String(stageCell));
  if (!stage.ok)
    return fail("invalid", "ownProjectBadKeyword", {
      row: rowNumber,
      column: "stage",
      cause: stage,
    });
  const capacity = numberIn(capacityCell);
  if (capacity === undefined || !(capacity > 0))
    return fail("invalid", "ownProjectBadCapacity", { row: rowNumber });
  const firstYear = numberIn(yearCell);
  if (
    firstYear === undefined ||
    !Number.isInteger(firstYear) ||
    firstYear < Math.max(FIRST_YEAR.min, YEAR_RANGE.min) ||
    firstYear > FIRST_YEAR.max
  )
    return fail("invalid", "ownProjectBadFirstYear", {
      row: rowNumber,
      min: FIRST_YEAR.min,
      max: FIRST_YEAR.max,
    });
  const status = isBlankCell(statusCell ?? null)
    ? STATUS_WHEN_NOT_GIVEN
    : projectStatuses.find((s) => s === String(statusCell).trim().toLowerCase());
  if (!status)
    return fail("invalid", "ownProjectBadStatus", { row: rowNumber, accepted: projectStatuses });
  const stageId: StageId = stage.value.id;
  return answer({
    id: `own-project-${rowNumber}`,
    project: String(name).trim(),
    company: ownProjectCompany(),
    stages: [stageId],
    country: country.value.code,
    basis: "your figure",
    product: CANONICAL_PRODUCT[stageId],
    startYear: firstYear,
    status,
    value: capacity,
    unit: "t/yr",
    sourceIds: [],
    asOf: data.dataset.meta.asOf,
    confidence: "low",
    note: ownProjectNote(),
  });
}

/**
 * @summary The plants a capacity sum runs over at a stage: the dataset's pipeline plus the analyst's own.
 *
 * @param data - The indexed dataset.
 * @param stage - The stage id.
 * @param rows - The analyst's project rows, or undefined for the dataset's pipeline alone.
 * @returns The plants listing the stage, or the rows' failure.
 */
export function pipelineAtStage(
  data: IndexedDataset,
  stage: StageId,
  rows: OwnProjectRows | undefined
): Outcome<readonly CapacityProject[]> {
  const listed = capacityIndex(data).byStage.get(stage) ?? [];
  if (rows === undefined) return answer(listed);
  const own = ownProjects(data, rows);
  if (!own.ok) return own;
  return answer([...listed, ...own.value.filter((p) => p.stages.includes(stage))]);
}
