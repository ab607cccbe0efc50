/**
 * @jest-environment jsdom
 */
// The pin codec uses the browser's DOMParser and XMLSerializer (Excel's webview has both); jsdom gives them here.
import { PIN_NAMESPACE, pinToXml, readPinXml } from "../../src/excel/pin-xml";
import type { DatasetPin } from "../../src/excel/workbook-gateway";

const base: DatasetPin = {
  datasetId: "d",
  version: "1.2.3",
  hash: "0123456789abcdef",
  pinnedAt: "2025-01-01T00:00:00.000Z",
};

/** The reader's answer as the pin or null, the shape these tests have always compared. */
function pinFromXml(xml: string): DatasetPin | null {
  const read = readPinXml(xml);
  return read.ok ? read.pin : null;
}

const attributes = `datasetId="d" version="1.2.3" hash="0123456789abcdef" pinnedAt="2025-01-01T00:00:00.000Z"`;

test("escapes markup in the carried JSON and reads it back exactly", () => {
  const tricky = JSON.stringify({
    citation: `<img src=x onerror="alert(1)"> & ]]> 'quoted' "double"`,
  });
  const xml = pinToXml({ ...base, datasetJson: tricky });
  expect(xml).toContain(`xmlns="${PIN_NAMESPACE}"`);
  expect(xml).not.toContain("<img");
  expect(pinFromXml(xml)).toEqual({ ...base, datasetJson: tricky });
});

test("tolerates what Excel may do to the XML: prefixes, quotes, whitespace, CDATA", () => {
  const xml = `<?xml version="1.0" standalone="yes"?>\n<p:datasetPin xmlns:p="${PIN_NAMESPACE}" pinnedAt='2025-01-01T00:00:00.000Z' hash="0123456789abcdef"\n version="1.2.3" datasetId="d">\n  <p:dataset><![CDATA[{"a":"<b>"}]]></p:dataset>\n</p:datasetPin>`;
  expect(pinFromXml(xml)).toEqual({ ...base, datasetJson: '{"a":"<b>"}' });
});

test("a damaged pin reads as no pin", () => {
  expect(pinFromXml("<datasetPin/>")).toBeNull();
  expect(pinFromXml(pinToXml(base).replace("1.2.3", "latest"))).toBeNull();
  expect(pinFromXml(pinToXml(base).replace("0123456789abcdef", "zz"))).toBeNull();
  expect(pinFromXml("not xml")).toBeNull();
});

test("each refusal says why", () => {
  expect(readPinXml("not xml")).toEqual({ ok: false, problem: { kind: "not-xml" } });
  expect(readPinXml('<root xmlns="urn:someone-else"/>')).toEqual({
    ok: false,
    problem: { kind: "not-a-pin" },
  });
  expect(readPinXml(pinToXml(base).replace("1.2.3", "latest"))).toEqual({
    ok: false,
    problem: { kind: "bad-attribute", attribute: "version" },
  });
});

describe("hostile XML", () => {
  test("400 KB of unclosed <datasetPin tags is refused in linear time (the regex took about 20 s)", () => {
    const hostile = "<datasetPin".repeat(36_400);
    expect(hostile.length).toBeGreaterThan(400_000);
    const started = performance.now();
    expect(readPinXml(hostile)).toEqual({ ok: false, problem: { kind: "not-xml" } });
    // Generous for a shared CI machine; the quadratic reader needed 20 s here.
    expect(performance.now() - started).toBeLessThan(1500);
  });

  test("400 KB of attributes in a tag that never closes is refused in linear time", () => {
    const many = Array.from({ length: 40_000 }, (_, i) => ` a${i}="x"`).join("");
    const started = performance.now();
    expect(readPinXml(`<datasetPin xmlns="${PIN_NAMESPACE}"${many}`)).toEqual({
      ok: false,
      problem: { kind: "not-xml" },
    });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  test("a character reference XML does not allow (&#x110000;) is malformed XML, not a crash", () => {
    const xml = `<datasetPin xmlns="${PIN_NAMESPACE}" ${attributes.replace('datasetId="d"', 'datasetId="&#x110000;"')}/>`;
    expect(() => readPinXml(xml)).not.toThrow();
    expect(readPinXml(xml)).toEqual({ ok: false, problem: { kind: "not-xml" } });
  });

  test("a pin written inside an XML comment is no pin", () => {
    const xml = `<root xmlns="${PIN_NAMESPACE}"><!-- <datasetPin ${attributes}/> --></root>`;
    expect(pinFromXml(xml)).toBeNull();
    const commentedOut = `<!-- <datasetPin xmlns="${PIN_NAMESPACE}" ${attributes}/> --><other/>`;
    expect(pinFromXml(commentedOut)).toBeNull();
  });

  test('legal XML is read as XML: datasetId="a>b" is the id a>b', () => {
    const xml = `<datasetPin xmlns="${PIN_NAMESPACE}" ${attributes.replace('datasetId="d"', 'datasetId="a>b"')}/>`;
    expect(pinFromXml(xml)).toEqual({ ...base, datasetId: "a>b" });
    expect(pinFromXml(pinToXml({ ...base, datasetId: "a>b&<c" }))).toEqual({
      ...base,
      datasetId: "a>b&<c",
    });
  });

  test("an element from another namespace is not the carried dataset", () => {
    const xml = `<datasetPin xmlns="${PIN_NAMESPACE}" ${attributes}><x:dataset xmlns:x="urn:other">{}</x:dataset></datasetPin>`;
    expect(pinFromXml(xml)).toEqual(base);
  });
});
