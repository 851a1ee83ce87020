/**
 * The registry of rankings (loaders/validation/rankings.ts): every entry named in both languages, the GBDT
 * fits batched and handed back to the entry that asked for them, entries trained in order. Expected values
 * are built by hand from toy entries (no training); the real rankings' numbers are checked by `npm run
 * reproduce` against data/benchmark-check.csv.
 */
import {describe, expect, test} from "vitest";
import {CATALOGUE} from "../src/lib/i18n/index.js";
import {RANKINGS, rankingMeta, trainPopulation, type RankingSpec, type TrainingInputs} from "../loaders/validation/rankings.js";
import type {GbdtJob, GbdtJobResult} from "../loaders/workers.js";

const C = CATALOGUE as Record<string, {en: string; zh: string}>;
const inputs = {population: "all", log: () => {}} as unknown as TrainingInputs;
const job = (tag: number): GbdtJob => ({X: [], y: [tag], params: {}, predict: []});
const result = (tag: number): GbdtJobResult => ({predictions: [], rounds: tag, gain: [], ms: tag});

describe("the registry", () => {
  test("names are unique, each has a label and a description in English and Chinese", () => {
    const names = RANKINGS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) {
      for (const key of [`val.rank.${n}`, `val.desc.${n}`]) {
        expect(C[key]?.en, key).toBeTruthy();
        expect(C[key]?.zh, key).toBeTruthy();
      }
    }
  });
  test("the rankings on e-commerce declarations are those the build data have listed (no specialist there)", () => {
    expect(RANKINGS.filter((r) => r.populations.includes("ecommerce")).map((r) => r.name)).toEqual([
      "random",
      "lookupPrice",
      "lookupHs6Price",
      "gbdt",
      "bpNetwork",
      "logistic",
      "indexPaper",
      "indexPaperTextbook",
      "indexDataDriven",
      "indexDataDrivenTextbook"
    ]);
  });
  test("the meta: the catalogue's English label and description, with the entry's parameters", () => {
    const spec = RANKINGS.find((r) => r.name === "gbdtNovel")!;
    const meta = rankingMeta({...spec, describe: () => ({n: "1,234"})}, inputs);
    expect(meta).toMatchObject({name: "gbdtNovel", family: "model", label: C["val.rank.gbdtNovel"].en});
    expect(meta.description).toContain("trained on the 1,234 training declarations");
  });
});

describe("trainPopulation", () => {
  test("one batch of every entry's jobs in registry order; each entry gets back its own; the other population's are left out", async () => {
    const specs: RankingSpec[] = [
      {
        name: "random",
        family: "model",
        populations: ["all"],
        jobs: () => [job(1), job(2)],
        train: (_, fits) => ({seeds: [], ms: fits[0].rounds + fits[1].rounds})
      },
      {name: "gbdt", family: "model", populations: ["ecommerce"], jobs: () => [job(99)], train: () => ({seeds: [], ms: -1})},
      {
        name: "logistic",
        family: "model",
        populations: ["all"],
        train: (_, fits, before) => ({seeds: [], ms: fits.length + before("random").ms})
      },
      {
        name: "bpNetwork",
        family: "model",
        populations: ["all"],
        jobs: () => [job(3)],
        train: (_, fits) => ({seeds: [], ms: 10 * fits[0].rounds})
      }
    ];
    const batches: number[][] = [];
    const fit = async (jobs: GbdtJob[]) => (batches.push(jobs.map((j) => j.y[0])), jobs.map((j) => result(j.y[0])));
    const trained = await trainPopulation(inputs, fit, specs);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(trained.map((r) => [r.meta.name, r.ms])).toEqual([
      ["random", 3], // rounds 1 + 2: its own two fits
      ["logistic", 3], // no fits of its own; reads the entry before it
      ["bpNetwork", 30] // its one fit, the third of the batch
    ]);
  });
  test("an entry that reads a ranking not trained before it is an error naming both", async () => {
    const specs: RankingSpec[] = [
      {name: "gbdtRouted", family: "model", populations: ["all"], train: (_, __, before) => before("gbdtNovel")}
    ];
    await expect(trainPopulation(inputs, async () => [], specs)).rejects.toThrow(/ranking "gbdtNovel" is needed before it is trained/);
  });
});
