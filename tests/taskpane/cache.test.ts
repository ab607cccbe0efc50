import { datasetFingerprint } from "../../src/data/fingerprint";
import { legacyFingerprint } from "../../src/data/fingerprint-match";
import { activeSnapshot, resetToEmbedded } from "../../src/data/store";
import {
  asyncOf,
  CACHE_KEY,
  chooseCacheLocation,
  loadLastGood,
  restoreLastGood,
  saveLastGood,
  type AsyncKeyValueStorage,
  type CacheLocation,
  type KeyValueStorage,
} from "../../src/taskpane/cache";
import { cacheMessages, failureText } from "../../src/taskpane/messages";
import { copyOfEmbedded, datasetVariants, snapshotFor } from "./fixtures";

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

/** OfficeRuntime.storage's shape: every call a promise. */
class AsyncMapStorage implements AsyncKeyValueStorage {
  readonly map = new Map<string, string>();
  async getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  async setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  async removeItem(key: string) {
    this.map.delete(key);
  }
}

const v = datasetVariants();
const local = (storage: KeyValueStorage): CacheLocation => ({
  kind: "local-storage",
  storage: asyncOf(storage),
  key: CACHE_KEY,
});
const snapshot = (json: unknown, url?: string) => snapshotFor(json, { kind: "url", url });
const embedded = () => activeSnapshot();

afterEach(() => resetToEmbedded());

test("keeps the last good dataset and gives it back validated, with its URL", async () => {
  const storage = new MapStorage();
  const kept = snapshot(v.newer, "https://mirror.example/d.json");
  await expect(
    saveLastGood(local(storage), kept, new Date("2025-06-01T00:00:00Z"))
  ).resolves.toEqual({ ok: true });
  const loaded = await loadLastGood(local(storage), embedded());
  if (loaded.kind !== "ok") throw new Error(loaded.kind);
  expect(loaded.dataset).toEqual(kept.dataset);
  expect(loaded.url).toBe("https://mirror.example/d.json");
  expect(loaded.savedAt).toBe("2025-06-01T00:00:00.000Z");
  expect(datasetFingerprint(loaded.dataset)).toBe(datasetFingerprint(kept.dataset));
  expect(loaded.hash).toBe(kept.hash);
});

test("nothing kept, no storage: nothing to load", async () => {
  await expect(loadLastGood(local(new MapStorage()), embedded())).resolves.toEqual({
    kind: "none",
  });
  await expect(loadLastGood(null, embedded())).resolves.toEqual({ kind: "none" });
  const saved = await saveLastGood(null, snapshot(v.good));
  expect(saved).toEqual({ ok: false, failure: { kind: "cache", code: "unavailable", params: {} } });
  expect(!saved.ok && failureText(saved.failure)).toBe(cacheMessages.unavailable);
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
  test.each(cases)("%s", async (_label, damage, message) => {
    const storage = new MapStorage();
    await saveLastGood(local(storage), snapshot(v.good));
    storage.setItem(CACHE_KEY, damage(JSON.parse(storage.getItem(CACHE_KEY)!)));
    const loaded = await loadLastGood(local(storage), embedded());
    expect(loaded.kind).toBe("discarded");
    expect(loaded.kind === "discarded" && failureText(loaded.failure, "cache")).toBe(message);
    expect(storage.getItem(CACHE_KEY)).toBeNull();
  });

  test("no longer valid against the schema", async () => {
    const storage = new MapStorage();
    await saveLastGood(local(storage), snapshot(v.good));
    const record = JSON.parse(storage.getItem(CACHE_KEY)!);
    record.dataset.meta.version = "latest";
    storage.setItem(CACHE_KEY, JSON.stringify(record));
    const loaded = await loadLastGood(local(storage), embedded());
    expect(loaded).toMatchObject({
      kind: "discarded",
      failure: { kind: "dataset", code: "invalid" },
    });
    expect(loaded.kind === "discarded" && failureText(loaded.failure, "cache")).toMatch(
      /^it no longer passes validation \(meta\.version: /
    );
  });
});

describe("a valid record that can no longer be used is discarded with its reason (issue 13)", () => {
  test("older than the dataset the add-in ships", async () => {
    const storage = new MapStorage();
    await saveLastGood(local(storage), snapshot(v.older));
    const loaded = await loadLastGood(local(storage), embedded());
    expect(loaded).toEqual({
      kind: "discarded",
      failure: { kind: "dataset", code: "older", params: { found: "0.0.1", active: v.base } },
    });
    expect(failureText((loaded as { failure: never } & typeof loaded).failure, "cache")).toBe(
      cacheMessages.older("0.0.1", v.base)
    );
    expect(storage.getItem(CACHE_KEY)).toBeNull();
  });

  test("another dataset id", async () => {
    const storage = new MapStorage();
    await saveLastGood(local(storage), snapshot(v.otherDataset));
    const loaded = await loadLastGood(local(storage), embedded());
    expect(loaded).toMatchObject({ kind: "discarded", failure: { code: "other-dataset" } });
    expect(failureText((loaded as { failure: never } & typeof loaded).failure, "cache")).toBe(
      cacheMessages.otherDataset(v.otherDataset.meta.id, v.embedded.meta.id)
    );
    expect(storage.getItem(CACHE_KEY)).toBeNull();
  });

  test("a version that would lock out every later one is not a version", async () => {
    const storage = new MapStorage();
    await saveLastGood(local(storage), snapshot(v.good));
    const record = JSON.parse(storage.getItem(CACHE_KEY)!);
    record.dataset.meta.version = "999999999999999999999.0.0";
    storage.setItem(CACHE_KEY, JSON.stringify(record));
    await expect(loadLastGood(local(storage), embedded())).resolves.toMatchObject({
      kind: "discarded",
      failure: { code: "invalid" },
    });
    expect(storage.getItem(CACHE_KEY)).toBeNull();
  });

  test("larger than the size cap", async () => {
    const storage = new MapStorage();
    storage.setItem(CACHE_KEY, " ".repeat(4 * 1024 * 1024 + 1));
    await expect(loadLastGood(local(storage), embedded())).resolves.toMatchObject({
      kind: "discarded",
      failure: { code: "too-large" },
    });
    expect(storage.getItem(CACHE_KEY)).toBeNull();
  });
});

test("a record written under the fingerprint before SHA-256 is still recognised", async () => {
  const storage = new MapStorage();
  const kept = snapshot(v.newer);
  await saveLastGood(local(storage), kept);
  const record = JSON.parse(storage.getItem(CACHE_KEY)!);
  record.hash = legacyFingerprint(kept.dataset);
  storage.setItem(CACHE_KEY, JSON.stringify(record));
  await expect(loadLastGood(local(storage), embedded())).resolves.toMatchObject({
    kind: "ok",
    hash: kept.hash,
  });
});

test("at launch the kept dataset becomes active with the fingerprint computed on load", async () => {
  const storage = new MapStorage();
  const kept = snapshot(v.newer, "https://mirror.example/d.json");
  await saveLastGood(local(storage), kept);
  await expect(restoreLastGood(local(storage))).resolves.toMatchObject({ kind: "ok" });
  expect(activeSnapshot().origin).toEqual({ kind: "cache", url: "https://mirror.example/d.json" });
  expect(activeSnapshot().hash).toBe(kept.hash);
});

test("a full storage is reported, not thrown", async () => {
  const full: KeyValueStorage = {
    getItem: () => null,
    setItem: () => {
      throw new DOMException("quota", "QuotaExceededError");
    },
    removeItem: () => undefined,
  };
  const saved = await saveLastGood(local(full), snapshot(v.good));
  expect(saved).toEqual({ ok: false, failure: { kind: "cache", code: "quota", params: {} } });
  expect(!saved.ok && failureText(saved.failure)).toBe(cacheMessages.quota);
});

test("the kept dataset wins at launch unless the add-in ships a newer one", async () => {
  const storage = new MapStorage();
  await saveLastGood(local(storage), snapshot(v.newer));
  await expect(loadLastGood(local(storage), embedded())).resolves.toMatchObject({ kind: "ok" });
  await expect(loadLastGood(local(storage), snapshot(copyOfEmbedded()))).resolves.toMatchObject({
    kind: "ok",
    unchanged: false,
  });
  const shippedNewer = copyOfEmbedded();
  shippedNewer.meta.version = "99.0.0";
  await expect(loadLastGood(local(storage), snapshot(shippedNewer))).resolves.toMatchObject({
    kind: "discarded",
    failure: { code: "older" },
  });
});

describe("where the cache lives (issue 8)", () => {
  test("OfficeRuntime.storage where the host provides it, under a partition-aware key", async () => {
    const runtime = new AsyncMapStorage();
    const fallback = new MapStorage();
    const location = chooseCacheLocation({
      OfficeRuntime: { storage: runtime },
      Office: { context: { partitionKey: "partition-1" } },
      localStorage: fallback,
    });
    expect(location).toMatchObject({ kind: "office-runtime", key: `partition-1/${CACHE_KEY}` });
    await saveLastGood(location, snapshot(v.newer));
    expect([...runtime.map.keys()]).toEqual([`partition-1/${CACHE_KEY}`]);
    expect(fallback.map.size).toBe(0);
    await expect(loadLastGood(location, embedded())).resolves.toMatchObject({ kind: "ok" });
  });

  test("localStorage as the fallback, with the plain key where Office sets no partition", async () => {
    const fallback = new MapStorage();
    const location = chooseCacheLocation({ Office: { context: {} }, localStorage: fallback });
    expect(location).toMatchObject({ kind: "local-storage", key: CACHE_KEY });
    await saveLastGood(location, snapshot(v.newer));
    expect([...fallback.map.keys()]).toEqual([CACHE_KEY]);
    await expect(loadLastGood(location, embedded())).resolves.toMatchObject({ kind: "ok" });
  });

  test("localStorage partitioned too when Office gives a partition key", () => {
    expect(
      chooseCacheLocation({
        Office: { context: { partitionKey: "p2" } },
        localStorage: new MapStorage(),
      })
    ).toMatchObject({ kind: "local-storage", key: `p2/${CACHE_KEY}` });
  });

  test("two partitions never read each other's dataset", async () => {
    const runtime = new AsyncMapStorage();
    const one = chooseCacheLocation({
      OfficeRuntime: { storage: runtime },
      Office: { context: { partitionKey: "one" } },
    });
    const two = chooseCacheLocation({
      OfficeRuntime: { storage: runtime },
      Office: { context: { partitionKey: "two" } },
    });
    await saveLastGood(one, snapshot(v.newer));
    await expect(loadLastGood(two, embedded())).resolves.toEqual({ kind: "none" });
  });

  test("no store at all, or one that throws on access: null", () => {
    expect(chooseCacheLocation({})).toBeNull();
    const blocked = Object.defineProperty({}, "localStorage", {
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
    expect(chooseCacheLocation(blocked)).toBeNull();
  });
});
