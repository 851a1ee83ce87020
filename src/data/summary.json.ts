import {loadDataset} from "../../loaders/dataset.js";
import {summariseDataset} from "../../loaders/summary.js";

process.stdout.write(JSON.stringify(summariseDataset(await loadDataset())));
