import { gatewayFailure } from "./failures";
import { PIN_NAMESPACE, pinToXml, readPinXml } from "./pin-xml";
import type { DatasetPin } from "./workbook-gateway";

/** The Excel batches that read and write the workbook's pin, a custom XML part in our namespace. */

export async function readPin(context: Excel.RequestContext): Promise<DatasetPin | null> {
  const parts = context.workbook.customXmlParts.getByNamespace(PIN_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  const latest = parts.items.slice(-1)[0];
  if (!latest) return null;
  const xml = latest.getXml();
  await context.sync();
  // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult has no load(): the sync above sets its value
  const read = readPinXml(xml.value);
  if (!read.ok) throw gatewayFailure("pin-unreadable", { problem: read.problem });
  return read.pin;
}

export async function setPin(context: Excel.RequestContext, pin: DatasetPin | null): Promise<void> {
  const parts = context.workbook.customXmlParts.getByNamespace(PIN_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  parts.items.forEach((part) => part.delete());
  if (pin) context.workbook.customXmlParts.add(pinToXml(pin));
  await context.sync();
}
