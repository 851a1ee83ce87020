import {loadContext} from "../../loaders/context.js";
import {loadInstrument} from "../../loaders/instrument.js";

process.stdout.write(JSON.stringify(await loadInstrument(await loadContext())));
