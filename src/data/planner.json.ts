import {plannerData} from "../../loaders/planner.js";

process.stdout.write(JSON.stringify(await plannerData()));
