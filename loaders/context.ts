/**
 * The build context: the inputs every loader takes explicitly (the validated dataset and the paper's
 * transcribed tables), loaded once by an entry point (a src/data loader, `npm run reproduce`, a bench) and
 * passed down, so no loader reads files behind its arguments' back.
 */
import {loadDataset, type Dataset} from "./dataset.js";
import {loadPaperTables} from "./paper.js";
import type {PaperTables} from "../src/lib/paper/tables.js";

export interface BuildContext {
  dataset: Dataset;
  paper: PaperTables;
}

/** Load the dataset (CUSTOMS_DATA_DIR, cache or pinned download) and data/paper/ once. */
export async function loadContext(): Promise<BuildContext> {
  return {dataset: await loadDataset(), paper: loadPaperTables()};
}
