import { capacityIndex } from "../../src/core/capacityOnline/capacityIndex";
import { controlIndex } from "../../src/core/exportControlStatus/controlIndex";
import { leadTimeIndex, leadTimeKey } from "../../src/core/leadTimeYears/leadTimeIndex";
import { priceIndex, priceKey } from "../../src/core/referencePrice/priceIndex";
import { applicationIndex } from "../../src/core/resolveApplication/applicationIndex";
import { countryIndex } from "../../src/core/resolveCountry/countryIndex";
import { elementIndex } from "../../src/core/resolveElement/elementIndex";
import { territoryIndex } from "../../src/core/resolveRegion/territoryIndex";
import { stageIndex } from "../../src/core/resolveStage/stageIndex";
import {
  importIndex,
  importSourceKey,
  relianceKey,
} from "../../src/core/supplierDependency/importIndex";
import {
  shareIndex,
  shareKey,
  stageCountryKey,
  stageYearKey,
} from "../../src/core/supplyShare/shareIndex";
import { columns, tables } from "../../src/core/tableRows/tableIndex";
import { datasetInfo } from "../../src/core/datasetInfo";
import { cited, fixture, realData, rivalSeparationShares } from "../_support/fixture";
import { ok } from "../_support/outcomes";

const data = realData();
const { dataset } = data;

/** Every lookup the core builds, by the names the one index of earlier versions gave them. */
const index = {
  ...stageIndex(data),
  countries: countryIndex(data).countries,
  territories: territoryIndex(data).territories,
  elements: elementIndex(data).elements,
  applications: applicationIndex(data),
  tables,
  columns,
  ...shareIndex(data),
  leadTimes: leadTimeIndex(data),
  capacity: capacityIndex(data).byStage,
  capacityHorizon: capacityIndex(data).horizon,
  ...priceIndex(data),
  exportControls: controlIndex(data).byElement,
  technologyControls: controlIndex(data).technology,
  ...importIndex(data),
  recordCount: ok(datasetInfo(data, { field: "records" })).value,
};

describe("the core's indexes hold every lookup it needs", () => {
  test("keyword maps: stages in chain order, countries, regions before countries, elements, applications, tables", () => {
    expect(index.chain.map((s) => s.id)).toEqual([
      "mining",
      "separation",
      "metal",
      "magnet",
      "recycling",
    ]);
    expect(index.stages.accepted).toEqual(["mining", "separation", "metal", "magnet", "recycling"]);
    expect(index.countries.find("viet nam")?.code).toBe("VN");
    expect(index.territories.find("ROW")?.id).toBe("non-China");
    expect(index.elements.accepted).toHaveLength(17);
    expect(index.applications.find("ssn-774")?.id).toBe("virginia-class");
    expect(index.tables.find("pipeline")).toBe("capacity");
    expect(index.tables.find("Export Controls")).toBe("exportControls");
    expect(index.columns.get("gaps")).toEqual([
      "id",
      "order",
      "name",
      "meaning",
      "defaultWeight",
      "sourceIds",
      "asOf",
      "confidence",
      "note",
      "computed",
      "Source",
    ]);
  });

  test("production by stage|year with editions latest first, each with its world total", () => {
    const editions = index.production.get(stageYearKey("mining", 2023)) ?? [];
    expect(editions.map((e) => e.edition)).toEqual(["USGS MCS 2025", "USGS MCS 2024"]);
    // MCS 2025 prints a 2023 world total (376,000 t), which dataset 2.0.0 adds.
    expect(editions[0].world?.value).toBe(376_000);
    expect(editions[1].world?.value).toBe(350_000);
    expect(editions[0].byCountry.get("CN")?.value).toBe(255_000);
    const latest = index.production.get(stageYearKey("mining", 2024)) ?? [];
    expect(latest.map((e) => e.edition)).toEqual(["USGS MCS 2026", "USGS MCS 2025"]);
  });

  // 2022 has China and US production but no world total, so no share can be computed for it.
  test("shares by stage|country|year (observed first, then most confident) and reports by stage|year", () => {
    // Share records magnet CN 2020: BIS-232 0.9 (high) before ANL-22 0.92 (low).
    expect(index.shares.get(shareKey("magnet", "CN", 2020))?.map((s) => s.value)).toEqual([
      0.9, 0.92,
    ]);
    const reports = index.shareReports.get(stageYearKey("separation", 2023)) ?? [];
    expect(reports[0].shares.map((s) => s.country)).toEqual(["CN", "MY", "AU"]);
    expect(reports[0].coverage).toBeCloseTo(0.98, 12);
    expect(index.stageYears.get("mining")).toEqual({
      observed: [2020, 2023, 2024, 2025],
      projected: [2030, 2035],
    });
    // The 2025 separation and magnet claims are indicators, not shares: 2024 is the latest observed year.
    expect(index.stageYears.get("separation")).toEqual({
      observed: [2020, 2023, 2024],
      projected: [2030, 2035],
    });
    expect(index.stageYears.get("magnet")).toEqual({ observed: [2020, 2024], projected: [] });
    // Vietnam is printed in MCS 2025 for 2023 and in MCS 2026 for 2024 and 2025, each with a world total.
    expect(index.countryYears.get(stageCountryKey("mining", "VN"))).toEqual([2023, 2024, 2025]);
  });

  test("lead times by stage|scope, capacity by stage with its horizon, prices by product|form, controls by element", () => {
    expect(index.leadTimes.get(leadTimeKey("mining", "US"))?.base).toBe(29);
    expect(index.capacity.get("magnet")?.map((p) => p.id)).toContain("neo-narva");
    expect(index.capacity.get("metal")?.map((p) => p.id)).toEqual([
      "mp-independence",
      "usar-stillwater",
      "vulcan-new-plant",
      "usar-blacksburg",
      "src-saskatoon",
      "asm-ksm-ochang",
      "lcm-ellesmere",
      "usar-metallization",
      "resonac-chichibu",
      "lynas-ls-eco-vn",
    ]);
    // The latest start year: Energy Fuels' White Mesa Phase 2 (2029).
    expect(index.capacityHorizon).toBe(2029);
    expect(index.prices.get(priceKey("NdPr", "oxide", "China"))?.[0].market).toBe(
      "China domestic, VAT excluded (SMM)"
    );
    expect(index.prices.get(priceKey("NdPr", "oxide", "US"))?.map((p) => p.date)).toEqual([
      "2025",
      "2024",
      "2023",
      "2022",
      "2021",
    ]);
    expect(index.products.find("prnd")).toBe("NdPr");
    expect(index.exportControls.get("Dy")?.map((m) => m.id)).toEqual(["mofcom-18"]);
    expect(index.technologyControls.map((m) => m.id)).toEqual([
      "mofcom-tech23",
      "mofcom-61",
      "mofcom-62",
      "mofcom-56", // to take effect 2025-11-08 (it never did); the suspension No. 70 itself is not a control
    ]);
    expect(index.importReliance.get(relianceKey("US", "separation"))?.map((i) => i.year)).toEqual([
      2025, 2024, 2023, 2022, 2021, 2020,
    ]);
    expect(index.importSources.get(importSourceKey("US", "CN", "separation"))?.value).toBe(0.71);
  });

  test("counts every record and leaves the dataset as it was", () => {
    const before = JSON.stringify(dataset);
    const tables = Object.values(dataset).filter(Array.isArray) as unknown[][];
    expect(index.recordCount).toBe(tables.reduce((n, t) => n + t.length, 0));
    expect(JSON.stringify(dataset)).toBe(before);
  });

  test("several share records for one stage, country and year: observed first, then the most confident", () => {
    const data = fixture({
      shares: [
        { stage: "separation", country: "CN", year: 2025, value: 0.7, projection: "P", ...cited },
        ...rivalSeparationShares,
      ],
    });
    expect(
      shareIndex(data)
        .shares.get(shareKey("separation", "CN", 2025))
        ?.map((s) => s.value)
    ).toEqual([0.9, 0.85, 0.7]);
  });

  test("several lead-time records for one stage and scope: the most confident, then the most recent", () => {
    const data = fixture({
      leadTimes: [
        {
          stage: "magnet",
          scope: "any",
          low: null,
          base: 9,
          high: null,
          definition: "d",
          ...cited,
          confidence: "low",
        },
        {
          stage: "magnet",
          scope: "any",
          low: null,
          base: 3,
          high: null,
          definition: "d",
          ...cited,
          asOf: "2020",
        },
        {
          stage: "magnet",
          scope: "any",
          low: null,
          base: 4,
          high: null,
          definition: "d",
          ...cited,
          asOf: "2024",
        },
      ],
    });
    expect(leadTimeIndex(data).get(leadTimeKey("magnet", "any"))?.base).toBe(4);
  });
});
