/*
 * The functions bundle: associates every spec's id with its implementation, in one loop. Excel reads the
 * functions' metadata from functions.json, which the build writes from the same specs
 * (scripts/functions-json.js), so every id registered here is one the metadata declares.
 */
import { excelFunction } from "./excel";
import { SPECS } from "./specs";

for (const spec of SPECS) CustomFunctions.associate(spec.name, excelFunction(spec));
