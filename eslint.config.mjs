import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

/** An import of one of our own folders, written relative to the importing file. */
const folder = (name) => ({ regex: `^(\\.{1,2}/)+(src/)?${name}(/|$)` });

/** The Office API as a global, or reached through the global object. */
const OFFICE_GLOBALS = [
  { name: "Excel", message: "Excel calls belong in src/excel/gateway.ts." },
  { name: "Office", message: "Office calls belong in src/excel/gateway.ts." },
  { name: "CustomFunctions", message: "Excel errors are made in src/functions/errors.ts." },
];
const OFFICE_PROPERTIES = ["globalThis", "window", "self"].flatMap((object) =>
  OFFICE_GLOBALS.map(({ name, message }) => ({ object, property: name, message }))
);
/** Office packages: types and runtimes of the Office API, and Microsoft's add-in tooling. */
const OFFICE_PACKAGES = {
  regex:
    "^(@microsoft/office-js|@types/office-js|@types/custom-functions-runtime|office-addin-.*)(/|$)",
  message: "The Office API stays at the boundary (src/excel, src/functions/errors.ts).",
};

/**
 * Layers point down: lib ← data ← core ← functions ← excel, taskpane. A rule per folder names what it
 * may not import; `npm run lint` fails on any arrow pointing up.
 */
function layer(files, forbidden, extra = {}) {
  return {
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...forbidden.map(({ name, message }) => ({ ...folder(name), message })),
            ...(extra.packages ?? []),
          ],
        },
      ],
      ...(extra.rules ?? {}),
    },
  };
}

const noOffice = {
  packages: [OFFICE_PACKAGES],
  rules: {
    "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    "no-restricted-properties": ["error", ...OFFICE_PROPERTIES],
  },
};

const UP_FROM_DATA =
  "data/ is schema, validation, ingest and the store: it imports nothing above it.";
const UP_FROM_CORE = "The core is pure domain logic: it knows no Excel, pane or function wrapper.";

export default [
  {
    ignores: ["dist/**", "dist-preview/**", "node_modules/**", "lib/**", "test-artifacts/**"],
  },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    // TypeScript's compiler already reports undefined names, with the DOM and Office typings it knows.
    rules: { "no-undef": "off" },
  },
  layer(
    ["src/lib/**/*.ts"],
    ["data", "core", "functions", "excel", "taskpane", "templates"].map((name) => ({
      name,
      message:
        "lib/ holds neutral helpers (keywords, normalising): it imports none of our folders.",
    })),
    noOffice
  ),
  layer(
    ["src/data/**/*.ts"],
    ["core", "functions", "excel", "taskpane", "templates"].map((name) => ({
      name,
      message: UP_FROM_DATA,
    })),
    noOffice
  ),
  layer(
    ["src/core/**/*.ts"],
    ["functions", "excel", "taskpane", "templates"].map((name) => ({
      name,
      message: UP_FROM_CORE,
    })),
    noOffice
  ),
  layer(
    ["src/excel/**/*.ts"],
    [
      {
        name: "taskpane",
        message: "The gateway serves the pane, not the other way round: pass it what it needs.",
      },
    ]
  ),
];
