import { tableRows } from "../../core/tableRows";
import { TABLES } from "../../data/tables";
import { defineFunction } from "../spec";

/** "sources (citations), stages, …": each table with the first of its other names. */
const tableList = TABLES.map((t) =>
  t.aliases.length > 0 ? `${t.name} (${t.aliases[0]})` : t.name
);

export const TABLE = defineFunction({
  name: "TABLE",
  description:
    "A dataset table as an array that spills, with a header row, laid out as the task pane inserts it; every row keeps its sourceIds and Source columns unless you choose columns without them.",
  params: [
    {
      name: "name",
      kind: "text",
      description: `Table: ${tableList.slice(0, -1).join(", ")} or ${tableList[tableList.length - 1]}.`,
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
  result:
    "Rows and columns of text and numbers: the table's fields in schema order, then Source (the citation of each row's sources in words); lists joined with \"; \", missing values empty.",
  example: {
    formula: '=RE.TABLE("stages", "id, name")',
    shows: "6 rows × 2 columns: id | name, then mining | Mining …",
  },
  sources: "The named table of the active dataset; RE.SOURCE cites the sources of its rows.",
  compute: (data, [name, columns]) => tableRows(data, { name, columns }),
});
