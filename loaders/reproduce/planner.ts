/**
 * Section "planner" of `npm run reproduce`: what a budget of inspections buys (issue 18) for the random floor,
 * the paper's index (data-driven scores), the exact-value lookup and the model /validation trusts most on
 * novel rows (chosen from the data), on all, novel and e-commerce test rows (e-commerce: only the rankings
 * evaluated there), at the standard inspection rates. Targets have no paper value; the section throws if
 * the planner's share of frauds found differs from /validation's recall (the same selection, mean over seeds).
 */
import {loadValidation} from "../validation.js";
import {POPULATIONS, planIntervals, plannerPopulations, trustedOnNovel} from "../planner.js";
import {planAt, planCurve} from "../../src/lib/fraud/planner.js";
import {INSPECTION_RATES} from "../../src/lib/fraud/selection.js";
import type {Context, Section, Target} from "./types.js";

const round = (x: number, d = 4) => Number(x.toFixed(d));

/** The planner's figures per "population/ranking", a list by rate (the `reproduce --json` shape of issue 18). */
export async function plannerSection(ctx: Context): Promise<Section> {
  const {dataset} = ctx;
  const v = await loadValidation(ctx);
  const pops = plannerPopulations(v, dataset);
  const names = ["random", "indexDataDriven", "lookupPrice", trustedOnNovel(v)];
  const json: Record<string, unknown[]> = {};
  const targets: Target[] = [];
  for (const p of POPULATIONS) {
    const pop = pops[p];
    for (const name of names.filter((n) => n in pop.scores)) {
      const curve = planCurve(pop.scores[name], pop.labels, pop.duty);
      const iv = planIntervals(pop, name, INSPECTION_RATES);
      const key = `${p}/${name}`;
      json[key] = INSPECTION_RATES.map((rate, j) => {
        const plan = planAt(curve, {rate});
        return {
          rate,
          inspected: plan.inspected,
          frauds: round(plan.frauds, 2),
          fraudsInterval: iv.frauds[j].map((x) => round(x, 2)),
          fraudsTotal: plan.fraudsTotal,
          dutyShare: round(plan.dutyShare),
          dutyInterval: iv.dutyShare[j].map((x) => round(x))
        };
      });
      const ranked = v.rankings.find((r) => r.population === p && r.name === name)!;
      for (const rate of ["5", "10"]) {
        const plan = planAt(curve, {rate: Number(rate)});
        const recall = ranked.recallAt[rate].mean;
        // the same selection on the same scores: a difference is a bug, not a finding
        if (Math.abs(plan.fraudShare - recall) > 1e-4)
          throw new Error(`reproduce planner: ${key} finds ${plan.fraudShare} of frauds at ${rate}% but /validation's recall is ${recall}`);
        targets.push({
          name: `${key}: share of frauds found at ${rate}% (/validation's recall: ${recall})`,
          paper: null,
          ours: round(plan.fraudShare),
          tolerance: null
        });
      }
    }
  }
  return {
    key: "planner",
    title: "Plan inspections: frauds found and duty recovered by a budget of inspections (test months)",
    json,
    targets
  };
}
