import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "dist-preview/**", "node_modules/**", "lib/**", "test-artifacts/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    // TypeScript's compiler already reports undefined names, with the DOM and Office typings it knows.
    rules: { "no-undef": "off" },
  },
  {
    // The domain core and the dataset are plain TypeScript: no Office API may leak into them.
    files: ["src/core/**/*.ts", "src/data/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Excel calls belong in src/excel/gateway.ts." },
        { name: "Office", message: "Office calls belong in src/excel/gateway.ts." },
        { name: "CustomFunctions", message: "Excel errors are made in src/functions/errors.ts." },
      ],
    },
  },
];
