import {trainingPageData} from "../../loaders/bp.js";
import {loadPaperTables} from "../../loaders/paper.js";

process.stdout.write(JSON.stringify(trainingPageData(loadPaperTables())));
