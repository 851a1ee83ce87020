/** `npm run docs`: regenerate docs/discrepancies.md from the discrepancy log module. */
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {discrepanciesMarkdown} from "../src/lib/paper/discrepancies.js";

writeFileSync(join(PROJECT_ROOT, "docs", "discrepancies.md"), discrepanciesMarkdown());
