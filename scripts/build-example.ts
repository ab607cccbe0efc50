/**
 * `npm run example`: writes examples/independence-model.xlsx from the templates the task pane inserts
 * (src/templates/independence-model.ts and gap-scorecard.ts), with every formula's value cached, so the workbook
 * shows numbers in Excel before the add-in has loaded, and in LibreOffice.
 *
 * The values come from the preview's workbook (preview/example.ts): the templates evaluated in HyperFormula with the
 * RE.* functions registered, i.e. the runner Excel's wrappers call over the embedded dataset. The file is written
 * by the preview's own .xlsx writer (preview/xlsx-export.ts), which says there how the file tells Excel what it
 * needs to know (add-in function names, calcId, dynamic arrays, print set-up).
 */
import fs from "fs";
import path from "path";
import { activeSnapshot } from "../src/data/store";
import { openExampleWorkbook } from "../preview/example";
import { workbookToXlsx } from "../preview/xlsx-export";

export const EXAMPLE_PATH = path.resolve(__dirname, "..", "examples", "independence-model.xlsx");

/**
 * @summary Builds the example workbook's bytes.
 * @returns The .xlsx file, deterministic for a given dataset and template (fixed dates inside).
 */
export async function buildExampleWorkbook(): Promise<Buffer> {
  const workbook = openExampleWorkbook();
  // The analyst's first input is where the file opens.
  workbook.select({ row: 4, col: 1 });
  const meta = activeSnapshot().dataset.meta;
  const stamp = new Date(
    `${meta.published.length === 4 ? `${meta.published}-01-01` : meta.published}T00:00:00Z`
  );
  const bytes = await workbookToXlsx(workbook, {
    title: `Independence model (dataset ${meta.version})`,
    subject: meta.title,
    creator: "Rare Earth Independence (npm run example)",
    stamp,
  });
  return Buffer.from(bytes);
}

async function main(): Promise<void> {
  const bytes = await buildExampleWorkbook();
  fs.mkdirSync(path.dirname(EXAMPLE_PATH), { recursive: true });
  fs.writeFileSync(EXAMPLE_PATH, bytes);
  const meta = activeSnapshot().dataset.meta;
  console.log(
    `wrote ${path.relative(process.cwd(), EXAMPLE_PATH)} (${bytes.length} bytes, dataset ${meta.version})`
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
