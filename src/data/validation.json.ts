import {loadDataset} from "../../loaders/dataset.js";
import {ecommerceIndicatorColumns, loadValidation} from "../../loaders/validation.js";
import {publishedBaselines} from "../../loaders/publishedBaselines.js";

const dataset = await loadDataset();
// the per-declaration scores are for the planner's own data file, not this page's
const {testScores, novelTest, ...validation} = await loadValidation(dataset);
process.stdout.write(JSON.stringify({
  ...validation,
  published: publishedBaselines(),
  ecommerce: ecommerceIndicatorColumns(dataset)
}));
