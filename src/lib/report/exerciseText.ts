/**
 * A guided exercise as text, computed by a page model and rendered by `exercise()`
 * (src/components/exercise.ts): the page models stay free of the DOM.
 */
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

/** "s" when a count is not 1 (1 sample, 2 samples). */
export const plural = (n: number): string => (n === 1 ? "" : "s");
