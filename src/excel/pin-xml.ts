import type { PinXmlProblem } from "./failures";
import type { DatasetPin } from "./workbook-gateway";

/** Namespace of the custom XML part that holds a workbook's dataset pin. */
export const PIN_NAMESPACE = "urn:rare-earth-independence:dataset-pin:1";

const ATTRIBUTES = ["datasetId", "version", "hash", "pinnedAt"] as const;

/** What each attribute must look like; a pin is written by us, so anything else is damage. */
const ATTRIBUTE_FORMS: Readonly<Record<(typeof ATTRIBUTES)[number], RegExp>> = {
  datasetId: /./,
  // Semantic versions as data/semver.ts reads them: no leading zeros.
  version: /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/,
  // SHA-256 fingerprints, and the 16-digit ones of workbooks pinned before it (data/fingerprint.ts).
  hash: /^([0-9a-f]{64}|[0-9a-f]{16})$/,
  pinnedAt: /./,
};

export type PinXmlRead =
  | { readonly ok: true; readonly pin: DatasetPin }
  | { readonly ok: false; readonly problem: PinXmlProblem };

/**
 * @summary The pin as the XML document stored in the workbook's custom XML part.
 *
 * @description Written with the browser's XMLSerializer, so escaping is the XML serializer's, not ours. The
 * dataset copy (when carried) is the text of the `dataset` element; custom XML parts hold megabytes, so a
 * 170 KB dataset fits where document settings would not be safe.
 *
 * @example
 * pinToXml({ datasetId: "d", version: "1.0.0", hash: "00ff00ff00ff00ff", pinnedAt: "2025-01-01T00:00:00.000Z" })
 * //=> '<?xml version="1.0" encoding="UTF-8"?><datasetPin xmlns="urn:…" datasetId="d" …/>'
 */
export function pinToXml(pin: DatasetPin): string {
  const doc = document.implementation.createDocument(PIN_NAMESPACE, "datasetPin", null);
  const root = doc.documentElement;
  for (const name of ATTRIBUTES) root.setAttribute(name, pin[name]);
  if (pin.datasetJson !== undefined) {
    const dataset = doc.createElementNS(PIN_NAMESPACE, "dataset");
    dataset.textContent = pin.datasetJson;
    root.appendChild(dataset);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>${new XMLSerializer().serializeToString(root)}`;
}

/**
 * @summary Reads a pin back from its XML with the browser's XML parser (linear in the input, whatever it
 * holds); anything that is not a well-formed pin gives the reason instead.
 *
 * @description Prefixes, either quote, whitespace and CDATA are XML and read as such; comments are not
 * content, so a pin written inside one is no pin.
 *
 * @example
 * readPinXml(pinToXml(pin))
 * //=> { ok: true, pin }
 * readPinXml("<datasetPin")
 * //=> { ok: false, problem: { kind: "not-xml" } }
 */
export function readPinXml(xml: string): PinXmlRead {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0)
    return { ok: false, problem: { kind: "not-xml" } };
  const root = doc.documentElement;
  if (root.localName !== "datasetPin" || root.namespaceURI !== PIN_NAMESPACE)
    return { ok: false, problem: { kind: "not-a-pin" } };
  const values = {} as Record<(typeof ATTRIBUTES)[number], string>;
  for (const name of ATTRIBUTES) {
    const value = root.getAttribute(name);
    if (value === null || !ATTRIBUTE_FORMS[name].test(value))
      return { ok: false, problem: { kind: "bad-attribute", attribute: name } };
    values[name] = value;
  }
  const dataset = [...root.children].find(
    (child) => child.localName === "dataset" && child.namespaceURI === PIN_NAMESPACE
  );
  return {
    ok: true,
    pin: dataset ? { ...values, datasetJson: dataset.textContent ?? "" } : values,
  };
}
