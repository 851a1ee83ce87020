import {readProvenance} from "../../loaders/provenance.js";

process.stdout.write(JSON.stringify(readProvenance()));
