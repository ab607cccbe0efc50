import { exportControlStatus } from "../../src/core/exportControlStatus";
import { leavesDataUnchanged, realData } from "../_support/fixture";
import { ok, paramsOf } from "../_support/outcomes";

const data = realData();
const status = (element: string, date?: string) =>
  ok(exportControlStatus(data, { element, date })).value;

describe("exportControlStatus", () => {
  test("an element of Announcement No. 18 needs a licence from 4 Apr 2025", () => {
    expect(status("Dy", "2025-06-01")).toBe(
      "Licence required: Announcement No. 18 [2025], since 2025-04-04"
    );
    const result = ok(exportControlStatus(data, { element: "terbium", date: "2025-12-31" }));
    expect(result.value).toBe("Licence required: Announcement No. 18 [2025], since 2025-04-04");
    expect(result.basis[0].sourceIds).toContain("MOFCOM-18");
  });

  test("No. 57's elements: announced 9 Oct 2025 to take effect 8 Nov 2025, suspended by No. 70 the day before, so never in force", () => {
    expect(status("Ho", "2025-10-20")).toBe(
      "Announced, not yet in force: Announcement No. 57 [2025] (announced 2025-10-09, to take effect 2025-11-08)"
    );
    expect(status("Ho", "2025-12-01")).toBe(
      "Suspended until 2026-11-10: Announcement No. 57 [2025] (to take effect 2025-11-08, suspended from 2025-11-07 before it took effect, so never in force)"
    );
  });

  test("after the suspension's end the status is unknown, as the sources leave it; after the as-of date the text says so", () => {
    const unknown = status("Eu", "2027-01-01");
    expect(unknown).toMatch(
      /^Unknown after 2026-11-10: Announcement No\. 57 \[2025\] was suspended until then\. What China did when the one-year suspension ended on 10 Nov 2026 is not known/
    );
    expect(unknown).toContain("extended to 10 Jan 2027");
    expect(unknown).toMatch(/; decisions after 2026-12 are not in this dataset$/);
    expect(status("Dy", "2027-03")).toBe(
      "Licence required: Announcement No. 18 [2025], since 2025-04-04; decisions after 2026-12 are not in this dataset"
    );
  });

  test("No. 61's clauses start on different dates: clause (3) from publication, (1) and (2) never before the suspension", () => {
    expect(status("La", "2025-10-20")).toContain(
      "Announcement No. 61 [2025], clause (3) since 2025-10-09"
    );
    expect(status("La", "2025-12-15")).not.toContain("No. 61");
  });

  test("elements never named: not controlled as elements, with the technology measures in force", () => {
    expect(status("Nd", "2025-12-01")).toBe(
      "Not controlled as an element (Revised Catalogue of Technologies Prohibited and Restricted from Export since 2023-12-21)"
    );
    // Before the licensing of April 2025, Dy was only touched by the technology ban.
    expect(status("Dy", "2024-01-01")).toBe(
      "Not controlled as an element (Revised Catalogue of Technologies Prohibited and Restricted from Export since 2023-12-21)"
    );
  });

  test("before any measure: 'Not controlled', citing the measures table", () => {
    const result = ok(exportControlStatus(data, { element: "La", date: "2023-01-01" }));
    expect(result.value).toBe("Not controlled");
    expect(result.basis[0].label).toBe(
      "China's export-control measures in the dataset: none in force for La on 2023-01-01"
    );
    expect(result.basis[0].sourceIds).toContain("MOFCOM-18");
  });

  test("non-rare-earth measures of the same package (superhard materials, batteries) are never named", () => {
    expect(status("Ce", "2025-10-20")).not.toMatch(/No\. 55|No\. 58/);
    expect(status("Ce", "2025-10-20")).toContain("Announcement No. 62 [2025] since 2025-10-09");
  });

  test("the default date is today", () => {
    expect(status("Dy")).toMatch(
      /^Licence required: Announcement No\. 18 \[2025\], since 2025-04-04/
    );
  });

  test("bad input: unknown element or malformed date is invalid; data is never mutated", () => {
    const xx = paramsOf(exportControlStatus(data, { element: "Xx" }), "invalid", "unknownKeyword");
    expect(xx).toMatchObject({ what: "element", given: "Xx" });
    expect(xx.accepted.slice(0, 2)).toEqual(["Sc", "Y"]);
    expect(
      paramsOf(
        exportControlStatus(data, { element: "Dy", date: "04/04/2025" }),
        "invalid",
        "invalidDate"
      )
    ).toEqual({ what: "date", given: "04/04/2025" });
    expect(
      leavesDataUnchanged((d) => exportControlStatus(d, { element: "Ho", date: "2027" }))
    ).toBe(true);
  });
});
