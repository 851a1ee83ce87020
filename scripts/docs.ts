/**
 * `npm run docs`: regenerate docs/discrepancies.md from the discrepancy log module and CITATION.cff from
 * the citation module with package.json's address and version (no commit: a file cannot name its own).
 */
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {readProvenance} from "../loaders/provenance.js";
import {citationCff} from "../src/lib/paper/citation.js";
import {discrepanciesMarkdown} from "../src/lib/paper/discrepancies.js";

writeFileSync(join(PROJECT_ROOT, "docs", "discrepancies.md"), discrepanciesMarkdown());
const {repository, version} = readProvenance(PROJECT_ROOT);
writeFileSync(join(PROJECT_ROOT, "CITATION.cff"), citationCff({repository, version}));
