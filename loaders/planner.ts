/**
 * The inspection planner's inputs, read from the validation result (loaders/validation.ts, cached) and the
 * dataset's test months: per population (all test rows, novel rows, e-commerce rows) the labels, the duty at
 * stake and every ranking's per-seed scores; the compact build data of /planner (src/data/planner.json.ts);
 * and the figures of `reproduce --json`'s planner section.
 */
import {loadContext, type BuildContext} from "./context.js";
import {mostTrusted} from "../src/lib/pages/benchmarkReading.js";
import type {Dataset} from "./dataset.js";
import {loadValidation} from "./validation.js";
import {ecommerceOnly} from "../src/lib/data/declarations.js";
import {duty} from "../src/lib/fraud/features.js";
import {INTERVAL_GRID, PLAN_REPLICATES, bootstrapPlan, planCurve, type PlanIntervals} from "../src/lib/fraud/planner.js";
import {encodeCurve, encodeIntervals, type PlannerData, type PlannerRanking} from "../src/lib/fraud/plannerData.js";
import type {Population, ValidationResult} from "../src/lib/fraud/validationResult.js";

export const POPULATIONS: readonly Population[] = ["all", "novel", "ecommerce"];

/** One population's rows and the rankings /validation evaluates on it. */
export interface PlannerPopulation {
  labels: number[];
  duty: number[];
  rankings: PlannerRanking[];
  /** Per ranking name, one score array per seed over the population's rows (file order). */
  scores: Record<string, number[][]>;
}

const pick = <T>(xs: readonly T[], idx: readonly number[]) => idx.map((i) => xs[i]);

/**
 * The populations' rows and scores. Novel rows: the test rows whose exact Item Price is unseen in training,
 * ranked by the models trained on all rows (as /validation). E-commerce rows: their own models'
 * scores, and for the rankings /validation names "<model>All" the all-rows model restricted to them.
 * @throws if the validation result lacks the scores of a ranking it evaluates
 */
export function plannerPopulations(v: ValidationResult, dataset: Dataset): Record<Population, PlannerPopulation> {
  const test = dataset.declarations.filter((d) => d.split === "test");
  if (test.length !== v.novelTest.length)
    throw new Error(`plannerPopulations: ${test.length} test rows but ${v.novelTest.length} novelty flags`);
  const novel = test.flatMap((_, i) => (v.novelTest[i] ? [i] : []));
  const ecommerce = test.flatMap((d, i) => (ecommerceOnly([d]).length === 1 ? [i] : []));
  const rows: Record<Population, number[]> = {all: test.map((_, i) => i), novel, ecommerce};
  const scoresOf = (population: Population, name: string): number[][] => {
    const all = v.testScores.all[name];
    if (population === "all" && all) return all;
    if (population === "novel" && all) return all.map((s) => pick(s, novel));
    if (population === "ecommerce") {
      const own = v.testScores.ecommerce[name];
      if (own) return own;
      const base = v.testScores.all[name.replace(/All$/, "")];
      if (name.endsWith("All") && base) return base.map((s) => pick(s, ecommerce));
    }
    throw new Error(`plannerPopulations: the validation result has no test scores for ${population}/${name}`);
  };
  return Object.fromEntries(
    POPULATIONS.map((p) => {
      const ranked = v.rankings.filter((r) => r.population === p);
      const labels = pick(test, rows[p]).map((d) => d.fraud);
      return [
        p,
        {
          labels,
          duty: pick(test, rows[p]).map(duty),
          rankings: ranked.map((r) => ({name: r.name, label: r.label, family: r.family})),
          scores: Object.fromEntries(
            ranked.map((r) => {
              const s = scoresOf(p, r.name);
              s.forEach((x, j) => {
                if (x.length !== labels.length)
                  throw new Error(`plannerPopulations: ${p}/${r.name} seed ${j} has ${x.length} scores for ${labels.length} rows`);
              });
              return [r.name, s];
            })
          )
        }
      ];
    })
  ) as Record<Population, PlannerPopulation>;
}

/**
 * The model /validation trusts most on novel rows: the learned model (family "model") with the highest AUC on
 * novel declarations. On a tie (the routed model scores novel rows with the specialist, so the two tie) the
 * higher AUC on all test rows decides, since a plan inspects all declarations; then /validation's order.
 * @throws if no learned model is evaluated on novel rows
 */
export function trustedOnNovel(v: Pick<ValidationResult, "rankings">): string {
  const onAll = (name: string) => v.rankings.find((r) => r.population === "all" && r.name === name)?.auc.mean ?? -Infinity;
  return mostTrusted(
    v.rankings.filter((r) => r.population === "novel" && r.family === "model"),
    (r) => r.auc.mean,
    (r) => onAll(r.name)
  ).name;
}

/** Intervals of one ranking on one population at the given rates. */
export function planIntervals(pop: PlannerPopulation, name: string, rates: readonly number[]): PlanIntervals {
  return bootstrapPlan(pop.scores[name], pop.labels, pop.duty, rates);
}

/**
 * The page's build data: every ranking's curve on every population, encoded, with its intervals on INTERVAL_GRID.
 * @param ctx the dataset and the paper's tables; loaded if absent (entry points only)
 */
export async function plannerData(ctx?: BuildContext): Promise<PlannerData> {
  const c = ctx ?? (await loadContext());
  const ds = c.dataset;
  const v = await loadValidation(c);
  const pops = plannerPopulations(v, ds);
  const curves: PlannerData["curves"] = {},
    intervals: PlannerData["intervals"] = {};
  for (const p of POPULATIONS) {
    for (const r of pops[p].rankings) {
      const key = `${p}/${r.name}`;
      curves[key] = encodeCurve(planCurve(pops[p].scores[r.name], pops[p].labels, pops[p].duty));
      intervals[key] = encodeIntervals(planIntervals(pops[p], r.name, INTERVAL_GRID));
    }
  }
  const total = (xs: number[], labels: number[]) => xs.reduce((a, x, i) => a + (labels[i] === 1 ? x : 0), 0);
  return {
    populations: Object.fromEntries(
      POPULATIONS.map((p) => [
        p,
        {
          n: pops[p].labels.length,
          frauds: pops[p].labels.reduce((a, b) => a + b, 0),
          duty: total(pops[p].duty, pops[p].labels),
          rankings: pops[p].rankings
        }
      ])
    ) as PlannerData["populations"],
    curves,
    intervals,
    rates: [...INTERVAL_GRID],
    replicates: PLAN_REPLICATES,
    trustedOnNovel: trustedOnNovel(v)
  };
}
