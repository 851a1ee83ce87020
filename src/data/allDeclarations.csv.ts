// All 54,000 declarations (the three splits in file order) for the health check's "load by ID": fetched only when asked.
import {loadDataset} from "../../loaders/dataset.js";
import {datasetCsv} from "../../loaders/declarationsCsv.js";

process.stdout.write(datasetCsv((await loadDataset()).declarations));
