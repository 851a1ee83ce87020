// Lint (npm run lint, part of npm test): ESLint's and typescript-eslint's recommended rules on every
// TypeScript file; the pages' ```js blocks are checked by the browser tests instead.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      ".dist.*/**",
      ".stryker-tmp/**",
      "reports/**",
      "node_modules/**",
      "src/.observablehq/**",
      "tmp/**",
      "data/**",
      "**/*.js",
      "**/*.mjs"
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", {argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true}]
    }
  }
);
