/**
 * Keywords are typed by people: case, spaces, hyphens and underscores do not matter, and the usual aliases
 * (refining for separation, PRC for China, element names for symbols) name the same thing.
 */
import {
  capacity,
  convert,
  demand,
  element,
  exportcontrol,
  leadtime,
  price,
  share,
  table,
} from "../_support/excel-functions";
import { CHINA_SEPARATION_SHARE_2023, MINE_T_REO, LEAD_TIME_ANY_YEARS } from "../_support/expected";

test("case and spaces do not matter", () => {
  // USGS MCS 2026: China's mine production over the world's, 2024
  const expected = MINE_T_REO.mcs2026[2024].CN / MINE_T_REO.mcs2026[2024].WORLD;
  expect(share("China", "mining", 2024)).toBeCloseTo(expected, 12);
  expect(share("  cHiNa ", " MINING ", 2024)).toBeCloseTo(expected, 12);
  expect(share("china", "Mine Production", 2024)).toBeCloseTo(expected, 12);
});

test("hyphens and underscores do not matter", () => {
  const reference = capacity("non-China", "separation", 2025);
  expect(typeof reference).toBe("number");
  expect(capacity("NON_CHINA", "separation", 2025)).toBe(reference);
  expect(capacity("non china", "Separation", 2025)).toBe(reference);
  expect(capacity("ex-China", "separation", 2025)).toBe(reference);
});

test("refining is separation", () => {
  // leadTimes separation/any base: 5 years; IEA GCMO 2024: China 92% of refining in 2023
  expect(leadtime("refining")).toBe(LEAD_TIME_ANY_YEARS.separation.base);
  expect(leadtime("Refining")).toBe(leadtime("separation"));
  expect(share("China", "refining", 2023)).toBe(CHINA_SEPARATION_SHARE_2023);
  expect(leadtime("mine>refining>metal>magnet")).toBe(leadtime("mining>separation>metal>magnet"));
});

test("PRC, CN and People's Republic of China are China; USA and U.S. are the United States", () => {
  const china = share("China", "mining", 2024);
  for (const alias of ["PRC", "CN", "cn", "People's Republic of China"])
    expect(share(alias, "mining", 2024)).toBe(china);
  // USGS MCS 2026: the United States' mine production over the world's, 2024
  for (const alias of ["United States", "USA", "U.S.", "us"])
    expect(share(alias, "mining", 2024)).toBeCloseTo(
      MINE_T_REO.mcs2026[2024].US / MINE_T_REO.mcs2026[2024].WORLD,
      12
    );
});

test("elements by symbol or name, in any case", () => {
  expect(element("dy", "name")).toBe("Dysprosium");
  expect(element("DYSPROSIUM", "symbol")).toBe("Dy");
  expect(element("Terbium", "z")).toBe(65);
  // elements table: Nd2O3 → 0.8574 t metal per t oxide
  expect(convert(10, "oxide", "metal", "neodymium")).toBeCloseTo(10 * 0.8574, 10);
  expect(exportcontrol("dysprosium", "2025-06-01")).toBe(exportcontrol("Dy", "2025-06-01"));
  expect(price("ndpr", "Oxide", "2025-06-30")).toBe(price("NdPr", "oxide", "2025-06-30"));
  expect(price("PrNd", "oxide", "2025-06-30")).toBe(price("NdPr", "oxide", "2025-06-30"));
});

test("estimate, material and table aliases", () => {
  // leadTimes mining/any: low 6, base 15.7, high 32 years
  expect(leadtime("mining", null as never, "optimistic")).toBe(6);
  expect(leadtime("mining", null as never, "MAX")).toBe(32);
  expect(leadtime("mining", "any", "central")).toBe(LEAD_TIME_ANY_YEARS.mining.base);
  expect(demand("EV", 10, "magnet")).toBe(demand("EV motor", 10, "NdFeB"));
  expect(table("pipeline", [["id"]])).toEqual(table("capacity", [["id"]]));
  expect(table("controls", [["id"]])).toEqual(table("exportControls", [["id"]]));
});
