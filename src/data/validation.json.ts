import {loadContext} from "../../loaders/context.js";
import {ecommerceIndicatorColumns, loadValidation} from "../../loaders/validation.js";
import {publishedBaselines} from "../../loaders/publishedBaselines.js";

const ctx = await loadContext(), {dataset} = ctx;
// the per-declaration scores are for the planner's own data file, not this page's; training times go to
// `npm run bench`, not into dist/ (a rebuild elsewhere would differ)
const {testScores: _scores, novelTest: _novel, totalMs: _ms, ...validation} = await loadValidation(ctx);
process.stdout.write(JSON.stringify({
  ...validation,
  rankings: validation.rankings.map(({trainMs: _t, ...r}) => r),
  published: publishedBaselines(),
  ecommerce: ecommerceIndicatorColumns(dataset)
}));
