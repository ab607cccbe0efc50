import { z } from "zod";

/*
 * The pane's Content-Security-Policy forbids eval, so zod must not even probe for `new Function` (the
 * probe is caught, but Chromium still reports it as a CSP violation). zod probes when a schema is made
 * and keeps this setting on globalThis, so this module runs before any schema module (validation.ts
 * imports it first).
 */
z.config({ jitless: true });
