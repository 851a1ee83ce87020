import {versions} from "../../loaders/versions.js";

process.stdout.write(JSON.stringify(versions()));
