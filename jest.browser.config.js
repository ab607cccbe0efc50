/**
 * Browser tests of the built task pane (tests/browser): headless Debian Chromium driven by playwright-core,
 * against dist/ served on 127.0.0.1. Run with `npm run test:browser` (globalSetup builds dist/ when it is
 * missing or older than src/, and fails with the install command when /usr/bin/chromium is missing).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/browser"],
  testMatch: ["**/*.browser.ts", "**/*.test.ts"],
  globalSetup: "<rootDir>/tests/browser/global-setup.js",
  testTimeout: 120000,
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
