import type { DatasetPin, SheetTable, WorkbookGateway } from "../src/excel/workbook-gateway";
import type { TemplateSheet } from "../src/templates/types";
import type { PreviewWorkbook } from "./workbook";

/**
 * The WorkbookGateway of the browser workbook preview: the same interface the task pane uses inside Excel
 * (src/excel/gateway.ts), implemented over the preview's HyperFormula workbook. The pin lives with the workbook,
 * in memory, as Excel keeps it in the document: reloading the page opens a fresh workbook without one.
 */
export class PreviewGateway implements WorkbookGateway {
  readonly kind = "preview" as const;

  constructor(private readonly workbook: PreviewWorkbook) {}

  async writeTable(table: SheetTable): Promise<{ address: string; updated: boolean }> {
    return this.workbook.writeTable(table);
  }

  async readPin(): Promise<DatasetPin | null> {
    return this.workbook.readPin();
  }

  async setPin(pin: DatasetPin | null): Promise<void> {
    this.workbook.setPin(pin);
  }

  async recalculate(): Promise<void> {
    this.workbook.recalculate();
  }

  async insertTemplate(template: TemplateSheet): Promise<{ sheet: string }> {
    this.workbook.insertTemplate(template);
    return { sheet: template.name };
  }

  async insertFormula(formula: string): Promise<{ address: string }> {
    return { address: this.workbook.insertFormula(formula) };
  }
}
