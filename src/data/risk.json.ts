import {loadDataset} from "../../loaders/dataset.js";
import {riskData} from "../../loaders/risk.js";

process.stdout.write(JSON.stringify(riskData(await loadDataset())));
