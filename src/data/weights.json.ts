import {loadContext} from "../../loaders/context.js";
import {weightsAnalysis} from "../../loaders/weights.js";

const {dataset, paper} = await loadContext();
const {matrix954: _, ...analysis} = weightsAnalysis(dataset, paper);
process.stdout.write(JSON.stringify(analysis));
