/** Section "validation" of `npm run reproduce`: every ranking against the fraud labels (issue 6). */
import {loadValidation, validationJson} from "../validation.js";
import {publishedBaselines} from "../publishedBaselines.js";
import type {Context, Section} from "./types.js";

export async function validationSection({dataset}: Context): Promise<Section> {
  const v = await loadValidation(dataset);
  const best = publishedBaselines().find((b) => b.model === "LightGBM")!;
  const gbdt = v.rankings.find((r) => r.population === "all" && r.name === "gbdt")!;
  return {
    key: "validation",
    title: "Does it catch fraud? Test months (2021 Q2) of all 54,000 declarations, beside the best published result",
    json: validationJson(v),
    targets: [
      ...([["5", best.precisionAt5!], ["10", best.precisionAt10!]] as const).map(([rate, published]) => ({
        name: `our GBDT precision@${rate}% (mean of ${gbdt.seeds} seeds) vs the best published, LightGBM ${published} (arXiv 2208.02484 Table 3; not the paper)`,
        paper: null,
        ours: `${gbdt.precisionAt[rate].mean} ± ${gbdt.precisionAt[rate].sd}: ${gbdt.precisionAt[rate].mean >= published ? "ahead" : "behind"}`,
        tolerance: null
      })),
      ...v.rankings.map((r) => ({
        name: `${r.population}/${r.name}: precision@5% / @10% / AUC`,
        paper: null, ours: `${r.precisionAt["5"].mean} / ${r.precisionAt["10"].mean} / ${r.auc.mean}`, tolerance: null
      }))
    ]
  };
}
