/**
 * Where the add-in is served from. The build sets it from ADDIN_URL (webpack.config.js defines
 * `__ADDIN_URL__`); without it, and in the tests, it is the development origin the dev server uses.
 */
declare const __ADDIN_URL__: string | undefined;

/** The development build's origin: the dev server (npm start) and the sideloaded dev manifest. */
export const DEV_ADDIN_URL = "https://localhost:3000";

/** The origin (and path) this build is served from, without a trailing slash. */
export const ADDIN_URL: string = typeof __ADDIN_URL__ === "string" ? __ADDIN_URL__ : DEV_ADDIN_URL;

/** A function's section of the function reference, served with the add-in (Excel's "Help on this function"). */
export function helpUrlOf(functionId: string, addinUrl: string = ADDIN_URL): string {
  return `${addinUrl}/docs/functions.html#${functionId.toLowerCase()}`;
}
