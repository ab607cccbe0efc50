import { exportControlStatus } from "../../core/exportControlStatus";
import { defineFunction } from "../spec";

export const EXPORTCONTROL = defineFunction({
  name: "EXPORTCONTROL",
  description:
    "China's export-control status of a rare-earth element on a date, as text: licence required, suspended, or not controlled, with the measure and its dates.",
  params: [
    { name: "element", kind: "text", description: 'Element symbol or name ("Dy", "Dysprosium").' },
    {
      name: "date",
      kind: "date",
      optional: true,
      description:
        'Date: an Excel date, a year, or text "YYYY-MM-DD", "YYYY-MM" or "YYYY"; default: today. After the dataset\'s as-of date the text says later decisions are not in the dataset.',
    },
  ],
  returns: "text",
  result: "Status text naming the measure (MOFCOM/GAC announcement) and its dates.",
  example: {
    formula: '=RE.EXPORTCONTROL("Dy", "2025-06-01")',
    shows: "Licence required: Announcement No. 18 [2025], since 2025-04-04",
    value: "Licence required: Announcement No. 18 [2025], since 2025-04-04",
  },
  sources:
    "exportControls table (MOFCOM/GAC announcements No. 18, 55-58, 61, 62 of 2025 and No. 70's suspension; the 2023 technology catalogue).",
  readsToday: true,
  compute: (data, [element, date]) => exportControlStatus(data, { element, date }),
});
