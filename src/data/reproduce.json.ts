// Every reproduction target, computed at build time exactly as `npm run reproduce` computes it, so the
// pages read their headline numbers from the same place the command checks them.
import {reproduce} from "../../loaders/reproduce/index.js";

process.stdout.write(JSON.stringify(await reproduce()));
