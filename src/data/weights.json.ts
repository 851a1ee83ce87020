import {loadDataset} from "../../loaders/dataset.js";
import {loadPaperTables} from "../../loaders/paper.js";
import {weightsAnalysis} from "../../loaders/weights.js";

const {matrix954: _, ...analysis} = weightsAnalysis(await loadDataset(), loadPaperTables());
process.stdout.write(JSON.stringify(analysis));
