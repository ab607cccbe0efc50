/**
 * @jest-environment jsdom
 */
/**
 * The catalogue panel loads its entries (the functions' help texts) once, on first use: as it comes into
 * view (jsdom has no IntersectionObserver, so at once there) or when its search field is used; a failed
 * load says so and is tried again on the next use.
 */
import { CATALOG, type CatalogEntry } from "../../src/functions/catalog";
import { createNoneGateway } from "../../src/taskpane/none-gateway";
import { paneText } from "../../src/taskpane/messages";
import { createCatalogPanel } from "../../src/taskpane/panels/catalog";
import type { WorkbookLink } from "../../src/taskpane/panels/ui";

const gateway = createNoneGateway();
const link: WorkbookLink = { known: gateway, current: async () => gateway };
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

test("the entries are loaded once and the list shows them all", async () => {
  const load = jest.fn(async () => CATALOG);
  const panel = createCatalogPanel(link, load);
  await settled();
  expect(panel.querySelectorAll("li")).toHaveLength(CATALOG.length);
  const search = panel.querySelector("input")!;
  search.dispatchEvent(new Event("focus"));
  search.value = "gapscore";
  search.dispatchEvent(new Event("input"));
  expect(panel.querySelector("li")?.textContent).toContain("RE.GAPSCORE(");
  expect(load).toHaveBeenCalledTimes(1);
});

test("until the entries arrive the panel says it is loading; a failure is shown and retried", async () => {
  let fail = true;
  const load = jest.fn(async (): Promise<readonly CatalogEntry[]> => {
    if (fail) throw new Error("offline");
    return CATALOG;
  });
  const panel = createCatalogPanel(link, load);
  expect(panel.textContent).toContain(paneText.catalog.loading);
  await settled();
  expect(panel.querySelectorAll("li")).toHaveLength(0);
  expect(panel.querySelector('[data-testid="catalog-status"]')?.textContent).toBe(
    paneText.catalog.loadFailed("offline")
  );
  fail = false;
  panel.querySelector("input")!.dispatchEvent(new Event("focus"));
  await settled();
  expect(load).toHaveBeenCalledTimes(2);
  expect(panel.querySelectorAll("li")).toHaveLength(CATALOG.length);
  expect(panel.querySelector('[data-testid="catalog-status"]')?.textContent).toBe("");
});
