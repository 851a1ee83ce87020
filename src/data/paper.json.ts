import {loadContext} from "../../loaders/context.js";
import {paperWithLinks} from "../../loaders/paperLinks.js";

const {dataset, paper} = await loadContext();
process.stdout.write(JSON.stringify(paperWithLinks(dataset, paper)));
