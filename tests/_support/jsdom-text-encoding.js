/* jest's jsdom environment leaves out TextEncoder/TextDecoder, which every browser, Excel's web view and Node
 * have; the fingerprint (UTF-8 bytes) needs them, so files that run under jsdom get Node's. */
const { TextDecoder, TextEncoder } = require("util");

if (typeof globalThis.TextEncoder === "undefined") globalThis.TextEncoder = TextEncoder;
if (typeof globalThis.TextDecoder === "undefined") globalThis.TextDecoder = TextDecoder;
