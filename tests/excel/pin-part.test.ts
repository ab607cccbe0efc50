/**
 * @jest-environment jsdom
 */
// The pin batches (src/excel/pin-part.ts) through the gateway, over office-addin-mock; jsdom gives the pin codec
// the DOMParser and XMLSerializer Excel's webview has.
import dataset from "../../src/data/dataset.json";
import { datasetFingerprint } from "../../src/data/fingerprint";
import { PIN_NAMESPACE, pinToXml } from "../../src/excel/pin-xml";
import type { DatasetPin } from "../../src/excel/workbook-gateway";
import { gatewayMessages } from "../../src/taskpane/messages";
import { failureOf, pinGateway, pinPart } from "./workbooks";

const pin: DatasetPin = {
  datasetId: dataset.meta.id,
  version: dataset.meta.version,
  hash: datasetFingerprint(dataset),
  pinnedAt: "2025-06-01T12:00:00.000Z",
  datasetJson: JSON.stringify(dataset),
};

test("an unpinned workbook reads null in 1 round trip", async () => {
  const { gateway, syncs } = pinGateway();
  await expect(gateway.readPin()).resolves.toBeNull();
  expect(syncs()).toBe(1);
});

test("the pin and the carried dataset (≈170 KB) round-trip through a custom XML part, 2 round trips each", async () => {
  const write = pinGateway();
  await write.gateway.setPin(pin);
  expect(write.syncs()).toBe(2);
  expect(write.done.added).toHaveLength(1);
  expect(write.done.added[0].length).toBeGreaterThan(100_000);
  const read = pinGateway([pinPart(write.done.added[0])]);
  const back = await read.gateway.readPin();
  expect(read.syncs()).toBe(2);
  expect(back).toEqual(pin);
  expect(JSON.parse(back!.datasetJson!)).toEqual(dataset);
});

test("setting a pin replaces the old one; null removes it", async () => {
  const lighter = { ...pin, datasetJson: undefined, version: "9.9.9" };
  const replace = pinGateway([pinPart(pinToXml(pin), "{old}")]);
  await replace.gateway.setPin(lighter);
  expect(replace.done).toEqual({ deleted: ["{old}"], added: [pinToXml(lighter)] });
  await expect(pinGateway([pinPart(pinToXml(lighter))]).gateway.readPin()).resolves.toEqual({
    datasetId: pin.datasetId,
    version: "9.9.9",
    hash: pin.hash,
    pinnedAt: pin.pinnedAt,
  });
  const remove = pinGateway([pinPart(pinToXml(lighter), "{lighter}")]);
  await remove.gateway.setPin(null);
  expect(remove.syncs()).toBe(2);
  expect(remove.done).toEqual({ deleted: ["{lighter}"], added: [] });
  await expect(pinGateway().gateway.readPin()).resolves.toBeNull();
});

test("a damaged pin part is refused with the reason, not read as a pin", async () => {
  const { gateway } = pinGateway([
    pinPart(`<datasetPin xmlns="${PIN_NAMESPACE}" version="1.2.3"/>`, "{damaged}"),
  ]);
  expect(await failureOf(gateway.readPin())).toEqual({
    code: "pin-unreadable",
    params: { problem: { kind: "bad-attribute", attribute: "datasetId" } },
    text: gatewayMessages.pinUnreadable({ kind: "bad-attribute", attribute: "datasetId" }),
  });
});

test("other add-ins' XML parts are left alone", async () => {
  const other = {
    id: "{other}",
    namespace: "urn:someone-else",
    xml: '<root xmlns="urn:someone-else"><x/></root>',
  };
  const set = pinGateway([other]);
  await set.gateway.setPin(pin);
  const unset = pinGateway([other, pinPart(pinToXml(pin))]);
  await unset.gateway.setPin(null);
  expect([...set.done.deleted, ...unset.done.deleted]).toEqual(["{pin}"]);
});
