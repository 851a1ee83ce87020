import {loadDataset} from "../../loaders/dataset.js";
import {paperWithLinks} from "../../loaders/paperLinks.js";

process.stdout.write(JSON.stringify(paperWithLinks(await loadDataset())));
