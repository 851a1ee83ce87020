import {loadContext} from "../../loaders/context.js";
import {riskData} from "../../loaders/risk.js";

const {dataset, paper} = await loadContext();
process.stdout.write(JSON.stringify(riskData(dataset, paper)));
