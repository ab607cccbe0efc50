import { join, resolve } from "path";
import webpack from "webpack";
import { serveDirectory } from "../_support/static-server";

export const ROOT = resolve(__dirname, "..", "..");
export const PREVIEW_DIR = join(ROOT, "dist-preview");

/** Builds the workbook preview into dist-preview/ with webpack.preview.config.js (development mode: fast). */
export async function buildPreview(): Promise<void> {
  const makeConfig = require(join(ROOT, "webpack.preview.config.js")) as (
    env: unknown,
    argv: { mode: string }
  ) => webpack.Configuration;
  const config = { ...makeConfig({}, { mode: "development" }), context: ROOT };
  await new Promise<void>((done, fail) =>
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (!stats || stats.hasErrors())
        return fail(new Error(stats?.toString({ all: false, errors: true }) ?? "webpack failed"));
      done();
    })
  );
}

/** Serves dist-preview/ at /preview/ on 127.0.0.1 and a random free port, as the dev server does. */
export async function servePreview(
  dir = PREVIEW_DIR
): Promise<{ url: string; close(): Promise<void> }> {
  const site = await serveDirectory(dir, { mount: "/preview/", index: "index.html" });
  return { url: `${site.origin}/preview/`, close: () => site.close() };
}
