import { TABLE } from "../specs/table";
import { excelMatrix } from "../errors";
import { run } from "../spec";

/**
 * A dataset table as an array that spills, with a header row; every row keeps its sourceIds column unless you choose columns without it.
 * @customfunction TABLE TABLE
 * @supportSync
 * @helpurl https://localhost:3000/docs/functions.html#table
 * @param name Table: sources, stages, countries, regions, elements, production, reserves, shares, leadTimes, gaps, programmes, exportControls (controls), prices, demandIntensities, capacity (pipeline) or indicators.
 * @param [columns] Columns to show, in order: text such as "project, value, startYear" or a row or column of names; default: all.
 * @returns Rows and columns of text and numbers; lists joined with "; ", missing values empty.
 */
export function table(name: string, columns?: any[][]): any[][] {
  return excelMatrix(run(TABLE, [name, columns]));
}
