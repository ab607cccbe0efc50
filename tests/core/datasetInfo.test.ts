import { datasetInfo } from "../../src/core/datasetInfo";
import { datasetFingerprint } from "../../src/data/fingerprint";
import { snapshotOf } from "../../src/data/store";
import { realData } from "../_support/fixture";
import { failureMessage, ok } from "../_support/outcomes";

const snapshot = realData();
const info = (field?: string) => ok(datasetInfo(snapshot, { field })).value;

describe("datasetInfo", () => {
  test("the dataset's meta, provenance and size", () => {
    expect(info()).toBe("2.1.1");
    expect(info("version")).toBe(snapshot.dataset.meta.version);
    expect(info("as of")).toBe("2026-12");
    expect(info("id")).toBe("re-independence-reference");
    expect(info("title")).toBe(snapshot.dataset.meta.title);
    expect(info("origin")).toBe("embedded");
    expect(info("hash")).toBe(datasetFingerprint(snapshot.dataset));
    expect(info("loadedAt")).toBe("2026-01-01T00:00:00.000Z");
    const tables = Object.values(snapshot.dataset).filter(Array.isArray) as unknown[][];
    expect(info("records")).toBe(tables.reduce((n, t) => n + t.length, 0));
  });

  test("a dataset pulled from a URL says where from", () => {
    const pulled = snapshotOf(snapshot.dataset, {
      kind: "url",
      url: "https://example.org/dataset.json",
    });
    expect(ok(datasetInfo(pulled, { field: "origin" })).value).toBe(
      "url: https://example.org/dataset.json"
    );
  });

  test("an unknown field is invalid and lists the fields", () => {
    expect(
      failureMessage(datasetInfo(snapshot, { field: "author" }), "invalid", "unknownKeyword")
    ).toBe(
      'Unknown field "author". Use one of: version, asOf, origin, id, title, hash, loadedAt, records.'
    );
  });
});
