/**
 * The paper's risk index as a ranking: filled in once the radar formula (src/lib/radar.ts) and the
 * weights (src/lib/entropy.ts) are available on main.
 */
import type {Declaration} from "../src/lib/declarations.js";
import type {Population, SeedScores} from "./validation.js";
import type {Dataset} from "./dataset.js";

export interface IndexRanking {
  name: string;
  label: string;
  description: string;
  scores: SeedScores;
  ms: number;
  zones?: {zone: string; n: number; frauds: number; rate: number}[];
}

export function indexRankings(_population: Population, _data: {train: Declaration[]; valid: Declaration[]; test: Declaration[]}, _dataset: Dataset): IndexRanking[] {
  return [];
}
