/** Read data/published-baselines.csv (parsed and checked by src/lib/fraud/publishedBaselines.ts). */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parsePublishedBaselines, type PublishedBaseline} from "../src/lib/fraud/publishedBaselines.js";
import {PROJECT_ROOT} from "./dataset.js";

/** The published results. @throws naming the file, row and field of a bad value. */
export function publishedBaselines(file = join(PROJECT_ROOT, "data", "published-baselines.csv")): PublishedBaseline[] {
  return parsePublishedBaselines(readFileSync(file, "utf8"), file);
}
