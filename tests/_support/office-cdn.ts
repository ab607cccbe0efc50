import { existsSync, readFileSync, statSync } from "fs";
import { join, normalize, resolve } from "path";
import type { BrowserContext } from "playwright-core";

/**
 * The built pages load office.js from Microsoft's CDN (https://appsforoffice.microsoft.com/lib/1/hosted/),
 * as Microsoft requires in production. The tests run offline, so a browser context answers that host from
 * the local copy in the @microsoft/office-js package instead: the same files under the same paths, so
 * office.js finds its host scripts and strings where it looks for them. Nothing else leaves the machine.
 */
const OFFICE_JS_DIST = resolve(__dirname, "../../node_modules/@microsoft/office-js/dist");
const CDN_LIBRARY = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/(?:1|beta)\/hosted\/(.+)$/;

/** Which local file answers a CDN URL, or undefined for one the package does not hold. */
export function localOfficeJsFile(url: string): string | undefined {
  const match = CDN_LIBRARY.exec(url.split("?")[0]);
  if (!match) return undefined;
  const file = normalize(join(OFFICE_JS_DIST, decodeURIComponent(match[1])));
  return file.startsWith(OFFICE_JS_DIST) && existsSync(file) && statSync(file).isFile()
    ? file
    : undefined;
}

/** Serves Microsoft's CDN from the local package for every page of the context (404 for what it lacks). */
export async function standInForOfficeCdn(context: BrowserContext): Promise<void> {
  await context.route("https://appsforoffice.microsoft.com/**", (route) => {
    const file = localOfficeJsFile(route.request().url());
    return file
      ? route.fulfill({
          status: 200,
          contentType: "text/javascript; charset=utf-8",
          body: readFileSync(file),
        })
      : route.fulfill({ status: 404, body: "not in the local office.js package" });
  });
}
