import type { Browser } from "playwright-core";

/** Types of chromium.js, which stays JavaScript so that node scripts can require it. */
export declare const CHROMIUM: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare function assertChromium(): void;
export declare function launchChromium(): Promise<Browser>;
