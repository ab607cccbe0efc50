import type { DateSystem } from "../functions/dateSystem";

/**
 * Stable Office.js has no date-system property, but DATE(1904,1,1) is serial 0 in a 1904 workbook and 1462
 * in a 1900 one (ExcelApi 1.2, one round trip, no cell touched).
 */
export async function readDateSystem(context: Excel.RequestContext): Promise<DateSystem> {
  const serial = context.workbook.functions.date(1904, 1, 1);
  serial.load("value");
  await context.sync();
  return serial.value === 0 ? 1904 : 1900;
}
