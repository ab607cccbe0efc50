import { z } from "zod";

/**
 * The pane's Content-Security-Policy forbids eval, so zod must not even probe for `new Function` (the
 * probe is caught, but Chromium still reports it as a CSP violation). zod keeps this setting on
 * globalThis, so it covers the functions bundle too once this module has run.
 */
z.config({ jitless: true });
