/**
 * The gateway's date-system probe against Microsoft's office-addin-mock: DATE(1904,1,1) is 0 in a 1904
 * workbook and 1462 in a 1900 one, read in one round trip.
 */
import { OfficeMockObject } from "office-addin-mock";
import { createExcelGateway } from "../../src/excel/gateway";

function workbookWhereDate19040101Is(serial: number) {
  let syncs = 0;
  const calls: unknown[][] = [];
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        functions: {
          result: { value: serial },
          date: function (this: { result: unknown }, ...args: unknown[]) {
            calls.push(args);
            return this.result;
          },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      const context = (this as unknown as { context: { sync: () => Promise<void> } }).context;
      const sync = context.sync.bind(context);
      context.sync = async () => {
        syncs++;
        await sync();
      };
      return callback(context);
    },
  }) as unknown as { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> };
  return { run: mock.run.bind(mock), calls, syncs: () => syncs };
}

test.each([
  [0, 1904],
  [1462, 1900],
] as const)(
  "DATE(1904,1,1) = %i: the %i date system, in one round trip",
  async (serial, system) => {
    const workbook = workbookWhereDate19040101Is(serial);
    const gateway = createExcelGateway({ run: workbook.run });
    await expect(gateway.dateSystem?.()).resolves.toBe(system);
    expect(workbook.calls).toEqual([[1904, 1, 1]]);
    expect(workbook.syncs()).toBe(1);
  }
);
