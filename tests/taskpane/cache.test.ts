import { datasetFingerprint } from "../../src/data/fingerprint";
import {
  CACHE_KEY,
  loadLastGood,
  preferCached,
  saveLastGood,
  type KeyValueStorage,
} from "../../src/taskpane/cache";
import { cacheMessages } from "../../src/taskpane/messages";
import { datasetVariants, validated } from "./fixtures";

class MapStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

const v = datasetVariants();

test("keeps the last good dataset and gives it back validated, with its URL", () => {
  const storage = new MapStorage();
  const dataset = validated(v.newer);
  expect(
    saveLastGood(
      storage,
      dataset,
      "https://mirror.example/d.json",
      new Date("2025-06-01T00:00:00Z")
    )
  ).toEqual({ ok: true });
  const loaded = loadLastGood(storage);
  if (loaded.kind !== "ok") throw new Error(loaded.kind);
  expect(loaded.dataset).toEqual(dataset);
  expect(loaded.url).toBe("https://mirror.example/d.json");
  expect(loaded.savedAt).toBe("2025-06-01T00:00:00.000Z");
  expect(datasetFingerprint(loaded.dataset)).toBe(datasetFingerprint(dataset));
});

test("nothing kept, no storage: nothing to load", () => {
  expect(loadLastGood(new MapStorage())).toEqual({ kind: "none" });
  expect(loadLastGood(null)).toEqual({ kind: "none" });
  expect(saveLastGood(null, validated(v.good))).toEqual({
    ok: false,
    message: cacheMessages.unavailable,
  });
});

describe("a damaged record is discarded, never used", () => {
  const cases: [string, (record: Record<string, unknown>) => string, string][] = [
    ["unreadable JSON", () => "{not json", cacheMessages.unreadable],
    ["another format", (r) => JSON.stringify({ ...r, format: 2 }), cacheMessages.wrongFormat],
    [
      "content edited behind the fingerprint",
      (r) => {
        const dataset = r.dataset as { capacity: { value: number }[] };
        dataset.capacity[0].value += 1;
        return JSON.stringify(r);
      },
      cacheMessages.hashMismatch,
    ],
  ];
  test.each(cases)("%s", (_label, damage, message) => {
    const storage = new MapStorage();
    saveLastGood(storage, validated(v.good));
    storage.setItem(CACHE_KEY, damage(JSON.parse(storage.getItem(CACHE_KEY)!)));
    expect(loadLastGood(storage)).toEqual({ kind: "invalid", message });
    expect(storage.getItem(CACHE_KEY)).toBeNull();
  });

  test("no longer valid against the schema", () => {
    const storage = new MapStorage();
    saveLastGood(storage, validated(v.good));
    const record = JSON.parse(storage.getItem(CACHE_KEY)!);
    record.dataset.meta.version = "latest";
    storage.setItem(CACHE_KEY, JSON.stringify(record));
    const loaded = loadLastGood(storage);
    expect(loaded.kind).toBe("invalid");
    expect(loaded.kind === "invalid" && loaded.message).toMatch(
      /^it no longer passes validation \(meta\.version: /
    );
  });
});

test("a full storage is reported, not thrown", () => {
  const full: KeyValueStorage = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException("quota", "QuotaExceededError");
    },
    removeItem: () => undefined,
  };
  expect(saveLastGood(full, validated(v.good))).toEqual({
    ok: false,
    message: cacheMessages.quota,
  });
});

test("the kept dataset wins at launch unless the add-in ships a newer one", () => {
  expect(preferCached({ id: "d", version: "1.0.0" }, { id: "d", version: "1.1.0" })).toBe(true);
  expect(preferCached({ id: "d", version: "1.1.0" }, { id: "d", version: "1.1.0" })).toBe(true);
  expect(preferCached({ id: "d", version: "1.2.0" }, { id: "d", version: "1.1.0" })).toBe(false);
  expect(preferCached({ id: "d", version: "1.0.0" }, { id: "other", version: "9.0.0" })).toBe(
    false
  );
});
