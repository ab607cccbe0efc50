import { HyperFormula } from "hyperformula";
import { gapScorecardTemplate } from "../src/templates/gap-scorecard";
import {
  independenceModelTemplate,
  INDEPENDENCE_MODEL_SHEET,
} from "../src/templates/independence-model";
import type { TemplateSheet } from "../src/templates/types";
import { registerReFunctions } from "./hyperformula-plugin";
import { PreviewWorkbook } from "./workbook";

/** The example workbook's sheets, in tab order: the templates the task pane inserts, with their default options. */
export function exampleTemplates(): TemplateSheet[] {
  return [independenceModelTemplate(), gapScorecardTemplate()];
}

/**
 * @summary The example workbook evaluated: every template sheet written into a HyperFormula workbook with the RE.*
 * functions registered (the runner Excel's registration calls), the independence model active.
 *
 * @description The browser preview opens on it and scripts/build-example.ts writes it to
 * examples/independence-model.xlsx with each formula's value cached, so both show the same numbers.
 *
 * @returns The evaluated workbook.
 */
export function openExampleWorkbook(): PreviewWorkbook {
  const workbook = newPreviewWorkbook();
  writeExample(workbook);
  return workbook;
}

/** An empty workbook whose HyperFormula knows the RE.* functions. */
export function newPreviewWorkbook(): PreviewWorkbook {
  registerReFunctions(HyperFormula);
  return new PreviewWorkbook();
}

/** Replaces a workbook's contents with the example's sheets, the independence model active. */
export function writeExample(workbook: PreviewWorkbook): void {
  workbook.clear();
  for (const template of exampleTemplates()) workbook.insertTemplate(template);
  workbook.activate(INDEPENDENCE_MODEL_SHEET);
}
