import type { WorkbookGateway } from "../../src/excel/workbook-gateway";
import { hostGateways, type OfficeReadyInfo } from "../../src/taskpane/host";

const TIMEOUT_MS = 15_000;

function gatewayOf(kind: WorkbookGateway["kind"]): WorkbookGateway {
  return { kind } as WorkbookGateway;
}

/** An Office.onReady whose answer the test gives when it likes. */
function officeReady(): {
  promise: Promise<OfficeReadyInfo>;
  answer(host: string): void;
  fail(): void;
} {
  let answer!: (info: OfficeReadyInfo) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<OfficeReadyInfo>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { promise, answer: (host) => answer({ host }), fail: () => fail(new Error("no host")) };
}

function watch(ready: Promise<OfficeReadyInfo>) {
  const made: string[] = [];
  const gateways = hostGateways(ready, {
    timeoutMs: TIMEOUT_MS,
    excel: () => (made.push("excel"), gatewayOf("excel")),
    none: () => (made.push("none"), gatewayOf("none")),
  });
  return { ...gateways, made };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("Excel named in time: the pane starts in Excel and nothing switches later", async () => {
  const ready = officeReady();
  const { first, later, made } = watch(ready.promise);
  ready.answer("Excel");
  expect((await first).kind).toBe("excel");
  expect(await later).toBeNull();
  jest.advanceTimersByTime(TIMEOUT_MS * 2);
  expect(made).toEqual(["excel"]);
});

test("Excel named after 20 s: outside Excel at 15 s, then Excel's gateway (it stayed outside for good before)", async () => {
  const ready = officeReady();
  const { first, later, made } = watch(ready.promise);
  jest.advanceTimersByTime(TIMEOUT_MS);
  expect((await first).kind).toBe("none");
  jest.advanceTimersByTime(5_000);
  ready.answer("Excel");
  expect((await later)?.kind).toBe("excel");
  expect(made).toEqual(["none", "excel"]);
});

test("Excel named after ten minutes still switches", async () => {
  const ready = officeReady();
  const { first, later } = watch(ready.promise);
  jest.advanceTimersByTime(600_000);
  expect((await first).kind).toBe("none");
  ready.answer("Excel");
  expect((await later)?.kind).toBe("excel");
});

test("another host, or an onReady that fails, is outside Excel and switches to nothing", async () => {
  const browser = officeReady();
  const plain = watch(browser.promise);
  browser.answer("null");
  expect((await plain.first).kind).toBe("none");
  expect(await plain.later).toBeNull();

  const failing = officeReady();
  const failed = watch(failing.promise);
  jest.advanceTimersByTime(TIMEOUT_MS);
  failing.fail();
  expect((await failed.first).kind).toBe("none");
  expect(await failed.later).toBeNull();
  expect(failed.made).toEqual(["none"]);
});
