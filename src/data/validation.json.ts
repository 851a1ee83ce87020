import {loadValidation} from "../../loaders/validation.js";
import {publishedBaselines} from "../../loaders/publishedBaselines.js";

process.stdout.write(JSON.stringify({...(await loadValidation()), published: publishedBaselines()}));
