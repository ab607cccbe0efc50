import { CATALOG } from "../../src/functions/catalog";
import { filterCatalog } from "../../src/taskpane/catalog";
import { createNoneGateway } from "../../src/taskpane/none-gateway";
import { NEEDS_EXCEL } from "../../src/taskpane/messages";

const catalog = CATALOG;

test("the pane shows every RE function with its syntax and a working example formula", () => {
  const names = catalog.map((e) => e.name);
  for (const fn of [
    "RE.LEADTIME",
    "RE.ONLINEYEAR",
    "RE.SHARE",
    "RE.DEPENDENCY",
    "RE.HHI",
    "RE.GAPSCORE",
    "RE.GAPS",
    "RE.CAPACITY",
    "RE.DEMAND",
    "RE.INDEPENDENCEYEAR",
    "RE.CONVERT",
    "RE.PRICE",
    "RE.EXPORTCONTROL",
    "RE.ELEMENT",
    "RE.SOURCE",
    "RE.TABLE",
    "RE.DATASET",
  ])
    expect(names).toContain(fn);
  for (const entry of catalog) {
    expect(entry.syntax.startsWith(`${entry.name}(`)).toBe(true);
    expect(entry.example.formula.startsWith(`=${entry.name}(`)).toBe(true);
    expect(entry.description.length).toBeGreaterThan(10);
  }
});

test("search matches names, spaced words and descriptions, case-insensitively", () => {
  expect(filterCatalog(catalog, "").length).toBe(catalog.length);
  expect(filterCatalog(catalog, "gap").map((e) => e.name)).toEqual(
    expect.arrayContaining(["RE.GAPS", "RE.GAPSCORE"])
  );
  expect(filterCatalog(catalog, "gapscore")[0].name).toBe("RE.GAPSCORE");
  expect(filterCatalog(catalog, "LEAD TIME").map((e) => e.name)).toContain("RE.LEADTIME");
  expect(filterCatalog(catalog, "re.hhi")[0].name).toBe("RE.HHI");
  expect(filterCatalog(catalog, "zzzz")).toEqual([]);
});

test("outside Excel the gateway reads no pin and every write says it needs Excel", async () => {
  const gateway = createNoneGateway();
  expect(gateway.kind).toBe("none");
  await expect(gateway.readPin()).resolves.toBeNull();
  await expect(gateway.recalculate()).resolves.toBeUndefined();
  await expect(
    gateway.writeTable({ name: "x", sheet: "x", headers: [], rows: [] })
  ).rejects.toThrow(NEEDS_EXCEL);
  await expect(gateway.setPin(null)).rejects.toThrow(NEEDS_EXCEL);
  await expect(gateway.insertTemplate({ name: "x", cells: [] })).rejects.toThrow(NEEDS_EXCEL);
  await expect(gateway.insertFormula("=1")).rejects.toThrow(NEEDS_EXCEL);
});
