import {trainingPageData} from "../../loaders/bp.js";
import {loadDataset} from "../../loaders/dataset.js";
import {loadPaperTables} from "../../loaders/paper.js";

process.stdout.write(JSON.stringify(trainingPageData(loadPaperTables(), await loadDataset())));
