// The 954 e-commerce declarations (Import Type 15), file order, for /declaration and the health check's start.
import {loadDataset} from "../../loaders/dataset.js";
import {datasetCsv} from "../../loaders/declarationsCsv.js";
import {ecommerceOnly} from "../lib/data/declarations.js";

process.stdout.write(datasetCsv(ecommerceOnly((await loadDataset()).declarations)));
