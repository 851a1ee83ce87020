/**
 * A guided exercise for the teaching use of the report: a question, an optional hint and a hidden answer,
 * each in its own <details> (keyboard-usable: the <summary> is focusable and toggles with Enter or Space).
 * The section is named by its heading (aria-labelledby), so screen readers list it as "Exercise n".
 * In print, a closed hint or answer is left out entirely (style.css); in classroom mode exercises stand out.
 */
import {t, type Lang} from "../lib/i18n/index.js";

export interface ExerciseOptions {
  /** Number shown in the heading ("Exercise 2"); the heading is "Exercise" without it. */
  n?: number;
  /** What to do and what to look for. */
  question: string | Node;
  /** The answer, with its numbers computed from the page's data (never typed). */
  answer: string | Node;
  /** An optional nudge, shown on request before the answer. */
  hint?: string | Node;
  /** The page's language (headings and disclosure labels); English by default. */
  lang?: Lang;
}

let nextId = 0;

function reveal(label: string, content: string | Node, className: string): HTMLDetailsElement {
  const details = document.createElement("details");
  details.className = className;
  const summary = document.createElement("summary");
  summary.textContent = label;
  const body = document.createElement("div");
  body.append(content);
  details.append(summary, body);
  return details;
}

/**
 * @returns a <section class="exercise"> with a heading, the question, an optional "Hint" and an "Answer" disclosure
 * @throws if the question or answer is empty
 */
export function exercise({n, question, answer, hint, lang = "en"}: ExerciseOptions): HTMLElement {
  if (question === "" || answer === "") throw new Error("exercise: the question and the answer must not be empty");
  const section = document.createElement("section");
  section.className = "exercise";
  const heading = document.createElement("h3");
  heading.id = `exercise-${++nextId}`;
  heading.textContent = n === undefined ? t(lang, "exercise.heading") : t(lang, "exercise.headingN", {n: String(n)});
  section.setAttribute("aria-labelledby", heading.id);
  const q = document.createElement("div");
  q.className = "exercise-question";
  q.append(question);
  section.append(heading, q);
  if (hint !== undefined) section.append(reveal(t(lang, "exercise.hint"), hint, "exercise-hint"));
  section.append(reveal(t(lang, "exercise.answer"), answer, "exercise-answer"));
  return section;
}
