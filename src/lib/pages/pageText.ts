/**
 * What page models hand to components as text: an exercise, a zone card, a paragraph with bold parts.
 * The models (src/lib/method/*View.ts) stay free of the DOM; the components render these.
 */
import type {Zone} from "../method/zones.js";

/** A guided exercise, rendered by `exercise()` (src/components/exercise.ts). */
export interface ExerciseText {
  /** Number shown in the heading ("Exercise 2"). */
  n: number;
  /** What to do and what to look for. */
  question: string;
  /** An optional nudge, shown on request before the answer. */
  hint?: string;
  /** The answer, with its numbers computed from the page's data (never typed). */
  answer: string;
}

/** A zone card, rendered by `zoneCards()` (src/components/zoneCards.ts): a title, a big figure with an optional unit after it, and a line under it. */
export interface ZoneCard {
  zone: Zone;
  title: string;
  big: string;
  unit?: string;
  detail: string;
}

/** A paragraph with bold parts, rendered by `richText()` (src/components/zoneCards.ts): strings as they are, {bold} in <b>. */
export type Rich = readonly (string | {bold: string})[];

/** "s" when a count is not 1 (1 sample, 2 samples). */
export const plural = (n: number): string => (n === 1 ? "" : "s");
