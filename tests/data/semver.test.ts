import { compareSemver, parseSemver } from "../../src/data/semver";

test("reads major.minor.patch exactly", () => {
  expect(parseSemver("1.10.0")).toEqual({ major: 1, minor: 10, patch: 0 });
  expect(parseSemver("0.0.0")).toEqual({ major: 0, minor: 0, patch: 0 });
  expect(parseSemver("9007199254740991.0.0")).toEqual({
    major: 9007199254740991,
    minor: 0,
    patch: 0,
  });
});

test.each(["01.2.3", "1.02.3", "1.2.03", "1.2", "1.2.3.4", "v1.2.3", "1.2.3-rc.1", " 1.2.3", ""])(
  "refuses %j (semver forbids it or it is not major.minor.patch)",
  (text) => expect(parseSemver(text)).toBeNull()
);

test("refuses components that a number cannot hold exactly", () => {
  expect(parseSemver("9007199254740992.0.0")).toBeNull();
  expect(parseSemver("999999999999999999999.0.0")).toBeNull();
});

test("compares component by component, exactly", () => {
  expect(compareSemver("1.10.0", "1.9.3")).toBe(1);
  expect(compareSemver("2.0.0", "10.0.0")).toBe(-1);
  expect(compareSemver("9007199254740991.0.0", "9007199254740990.0.0")).toBe(1);
  expect(compareSemver("1.0.1", "1.0.1")).toBe(0);
  expect(compareSemver("999999999999999999999.0.0", "1.0.1")).toBeNull();
});
