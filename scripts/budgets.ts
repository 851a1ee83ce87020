/** Speed budgets (issue 14, on these two-core machines), printed by `npm run bench` beside each figure. */
/** Seconds for `npm run build` when the validation models come from data/cache. */
export const WARM_BUILD_BUDGET_S = 40;
/** Seconds for a build that also trains the validation models. */
export const COLD_BUILD_BUDGET_S = 120;
/** Rows per second to parse, validate and score a file (issue 13: 1,000,000 rows in under 10 s, in Chromium). */
export const SCORE_FILE_ROWS_PER_S_BUDGET = 100_000;
/** Seconds for `npm test` (typecheck, lint, unit tests, build, browser tests, reproduce). */
export const NPM_TEST_BUDGET_S = 240;
