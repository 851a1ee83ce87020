import {loadDataset} from "../../loaders/dataset.js";
import {summarise} from "../../loaders/summary.js";

process.stdout.write(JSON.stringify(summarise(await loadDataset())));
