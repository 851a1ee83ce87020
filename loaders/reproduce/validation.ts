/**
 * Section "validation" of `npm run reproduce`: every ranking against the fraud labels on all and on novel
 * test rows (issues 6 and 10), and the figures of the independent check of the benchmark.
 */
import {loadValidation, validationJson} from "../validation.js";
import {publishedBaselines} from "../publishedBaselines.js";
import {benchmarkCheck} from "../benchmarkCheck.js";
import type {Context, Section} from "./types.js";

export async function validationSection(ctx: Context): Promise<Section> {
  const v = await loadValidation(ctx);
  const best = publishedBaselines().find((b) => b.model === "LightGBM")!;
  const gbdt = v.rankings.find((r) => r.population === "all" && r.name === "gbdt")!;
  const rank = (key: string) => {
    const [population, name] = key.includes("/") ? key.split("/") : ["all", key];
    const r = v.rankings.find((x) => x.population === population && x.name === name);
    if (!r) throw new Error(`reproduce: no ranking ${key}`);
    return r;
  };
  // ours for each figure of the independent check (data/benchmark-check.csv)
  const c = v.duty.concentration;
  const ours: Record<string, number | null> = {
    seenPriceRows: v.overlap.seenPriceRows,
    novelRows: v.overlap.novelRows,
    repeatedLabelAgreement: v.overlap.repeatedLabelAgreement,
    "lookupPrice.precisionAt5": rank("lookupPrice").precisionAt["5"].mean,
    "lookupPrice.precisionAt10": rank("lookupPrice").precisionAt["10"].mean,
    "lookupPrice.auc": rank("lookupPrice").auc.mean,
    "novel.lookupPrice.auc": rank("novel/lookupPrice").auc.mean,
    "novel.fraudRate": v.overlap.novel.fraudRate,
    "gbdtLabelEncoded.precisionAt5": rank("gbdtLabelEncoded").precisionAt["5"].mean,
    "gbdt.precisionAt5": gbdt.precisionAt["5"].mean,
    "gbdt.precisionAt10": gbdt.precisionAt["10"].mean,
    "duty.frauds": c.frauds,
    "duty.zeroDuty": c.zeroDuty
  };
  // "duty.largest<k>Share": the share of the duty held by the k largest frauds (the curve has every k)
  for (const point of c.curve) ours[`duty.largest${point.k}Share`] = point.share;
  const check = [...benchmarkCheck().values()].map((f) => {
    if (!(f.key in ours)) throw new Error(`reproduce: data/benchmark-check.csv names "${f.key}", which the validation does not compute`);
    return {name: `${f.key} vs the independent check (${f.source})`, paper: f.value, ours: ours[f.key] ?? "none", tolerance: f.tolerance};
  });
  return {
    key: "validation",
    title: "Does it catch fraud? Test months (2021 Q2) of all 54,000 declarations, beside the best published result",
    json: validationJson(v),
    targets: [
      ...check,
      ...(
        [
          ["5", best.precisionAt5!],
          ["10", best.precisionAt10!]
        ] as const
      ).map(([rate, published]) => ({
        name: `our GBDT precision@${rate}% (mean of ${gbdt.seeds} seeds) vs the best published, LightGBM ${published} (arXiv 2208.02484 Table 3; not the paper)`,
        paper: null,
        ours: `${gbdt.precisionAt[rate].mean} ± ${gbdt.precisionAt[rate].sd}: ${gbdt.precisionAt[rate].mean >= published ? "ahead" : "behind"}`,
        tolerance: null
      })),
      ...v.rankings.map((r) => ({
        name: `${r.population}/${r.name}: precision@5% / @10% / AUC${r.rounds ? `; rounds per seed ${r.rounds.join(", ")}` : ""}`,
        paper: null,
        ours: `${r.precisionAt["5"].mean} / ${r.precisionAt["10"].mean} / ${r.auc.mean}`,
        tolerance: null
      }))
    ]
  };
}
