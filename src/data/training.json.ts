import {trainingPageData} from "../../loaders/bp.js";
import {loadContext} from "../../loaders/context.js";

const {dataset, paper} = await loadContext();
process.stdout.write(JSON.stringify(trainingPageData(paper, dataset)));
