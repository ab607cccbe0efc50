import { tableRows } from "../../core/tableRows";
import { defineFunction } from "../spec";

export const TABLE = defineFunction({
  name: "TABLE",
  description:
    "A dataset table as an array that spills, with a header row; every row keeps its sourceIds column unless you choose columns without it.",
  params: [
    {
      name: "name",
      kind: "text",
      description:
        "Table: sources, stages, countries, regions, elements, production, reserves, shares, leadTimes, gaps, programmes, exportControls (controls), prices, demandIntensities, capacity (pipeline), indicators or stockpiles.",
    },
    {
      name: "columns",
      kind: "texts",
      optional: true,
      description:
        'Columns to show, in order: text such as "project, value, startYear" or a row or column of names; default: all.',
    },
  ],
  returns: "matrix",
  result: 'Rows and columns of text and numbers; lists joined with "; ", missing values empty.',
  example: {
    formula: '=RE.TABLE("stages", "id, name")',
    shows: "6 rows × 2 columns: id | name, then mining | Mining …",
  },
  sources: "The named table of the active dataset; RE.SOURCE cites the sources of its rows.",
  compute: (data, [name, columns]) => tableRows(data, { name, columns }),
});
