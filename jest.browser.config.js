/**
 * Every browser test, in headless Debian Chromium driven by playwright-core: the built task pane
 * (tests/browser, against dist/ served on 127.0.0.1) and the workbook preview (tests/preview, which builds
 * its own bundle). Files are named *.browser.ts so that the unit run (jest.config.js) leaves them out.
 * Run with `npm run test:browser`; globalSetup builds dist/ when it is missing or stale, and fails with the
 * install command when /usr/bin/chromium is missing.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests/browser", "<rootDir>/tests/preview"],
  testMatch: ["**/*.browser.ts"],
  globalSetup: "<rootDir>/tests/browser/global-setup.js",
  testTimeout: 120000,
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
