/**
 * The preview's workbook kept in the browser's storage (here a Map standing in for localStorage): a reload gets
 * back the cells, what HyperFormula does not keep (styles, formats, widths, charts, print set-up), the pin and the
 * active cell; a kept copy that cannot be read is forgotten rather than locking the preview.
 */
import { newPreviewWorkbook, openExampleWorkbook } from "../../preview/example";
import { keepWorkbook, reopenKeptWorkbook } from "../../preview/saved-workbook";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k: string) => items.get(k) ?? null,
    key: (i: number) => [...items.keys()][i] ?? null,
    removeItem: (k: string) => void items.delete(k),
    setItem: (k: string, v: string) => void items.set(k, String(v)),
  };
}

const MODEL = "Independence model";

test("a kept workbook comes back whole: cells, formats, charts, print set-up, pin and active cell", () => {
  const storage = memoryStorage();
  const original = openExampleWorkbook();
  original.enter(MODEL, { row: 6, col: 1 }, "6000000");
  original.enter(MODEL, { row: 2, col: 10 }, "8%");
  original.select({ row: 15, col: 4 });
  const pin = { datasetId: "re", version: "1.0.0", hash: "abc", pinnedAt: "2026-01-01T00:00:00Z" };
  original.setPin(pin);
  expect(keepWorkbook(original, "mine.xlsx", storage)).toBe(true);

  const reloaded = newPreviewWorkbook();
  expect(reopenKeptWorkbook(reloaded, storage)).toBe("mine.xlsx");
  expect(reloaded.sheetNames).toEqual(original.sheetNames);
  for (const name of original.sheetNames)
    expect(reloaded.contentsOf(name)).toEqual(original.contentsOf(name));
  expect(reloaded.textAt(MODEL, { row: 25, col: 1 })).toBe(
    original.textAt(MODEL, { row: 25, col: 1 })
  );
  expect(reloaded.textAt(MODEL, { row: 2, col: 10 })).toBe("8%");
  expect(reloaded.textAt(MODEL, { row: 24, col: 3 })).toMatch(/^\d{1,3}(,\d{3})*$/);
  expect(reloaded.extrasOf(MODEL).charts).toEqual(original.extrasOf(MODEL).charts);
  expect(reloaded.extrasOf(MODEL).print).toEqual(original.extrasOf(MODEL).print);
  expect(reloaded.extrasOf(MODEL).validations).toEqual(original.extrasOf(MODEL).validations);
  expect(reloaded.extrasOf(MODEL).validations.length).toBeGreaterThan(0);
  expect(reloaded.readPin()).toEqual(pin);
  expect([reloaded.activeSheet, reloaded.activeCell]).toEqual([MODEL, { row: 15, col: 4 }]);
});

test("nothing kept, or a copy that cannot be read: null, and the storage is left clean", () => {
  const storage = memoryStorage();
  expect(reopenKeptWorkbook(newPreviewWorkbook(), storage)).toBeNull();
  storage.setItem("re-preview-workbook", "{not json");
  expect(reopenKeptWorkbook(newPreviewWorkbook(), storage)).toBeNull();
  storage.setItem(
    "re-preview-workbook",
    JSON.stringify({
      format: 1,
      title: "x",
      sheets: [{ name: "S", cells: "broken" }],
      tables: [],
      pin: null,
    })
  );
  expect(reopenKeptWorkbook(newPreviewWorkbook(), storage)).toBeNull();
  expect(storage.getItem("re-preview-workbook")).toBeNull();
});
