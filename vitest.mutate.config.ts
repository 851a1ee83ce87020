// The unit tests only (the browser tests need a build), for StrykerJS (stryker.config.json).
import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {include: ["test/**/*.test.ts"], exclude: ["test/browser/**"], testTimeout: 60_000}
});
