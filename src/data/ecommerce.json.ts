import {loadDataset} from "../../loaders/dataset.js";
import {ecommerceColumns} from "../../loaders/summary.js";

process.stdout.write(JSON.stringify(ecommerceColumns(await loadDataset())));
