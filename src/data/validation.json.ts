import {loadDataset} from "../../loaders/dataset.js";
import {ecommerceIndicatorColumns, loadValidation} from "../../loaders/validation.js";
import {publishedBaselines} from "../../loaders/publishedBaselines.js";

const dataset = await loadDataset();
process.stdout.write(JSON.stringify({
  ...(await loadValidation(dataset)),
  published: publishedBaselines(),
  ecommerce: ecommerceIndicatorColumns(dataset)
}));
