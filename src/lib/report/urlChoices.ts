/**
 * A page's choices (radio buttons, selects) kept in its URL so a view can be shared, as the training and
 * health-check pages do with their own state. Unknown or invalid values are ignored, never trusted.
 */
import {mergeSearch, oneOf, readParams, type Parser} from "./urlState.js";

/** For each parameter, the values it may take; the first is the default. */
export type ChoiceSpec = Readonly<Record<string, readonly [string, ...string[]]>>;

/**
 * Read a page's choices from its query string; a missing or unknown value gets the first allowed one.
 * @param search location.search
 * @param spec key → allowed values (the first is the default)
 */
export function readChoices<S extends ChoiceSpec>(search: string, spec: S): {[K in keyof S]: S[K][number]} {
  type Values = {[K in keyof S]: S[K][number]};
  const parsers = Object.fromEntries(Object.entries(spec).map(([k, allowed]) => [k, oneOf(allowed)])) as {
    [K in keyof Values]: Parser<Values[K]>;
  };
  const {values} = readParams<Values>(search, parsers);
  return Object.fromEntries(Object.keys(spec).map((k) => [k, values[k as keyof S] ?? spec[k][0]])) as {[K in keyof S]: S[K][number]};
}

/**
 * Write a page's choices into its query string, keeping its other keys; a default value is left out.
 * @throws if a choice is not one of its allowed values
 */
export function writeChoices<S extends ChoiceSpec>(search: string, spec: S, choices: {[K in keyof S]: string}): string {
  const updates: Record<string, string | null> = {};
  for (const key of Object.keys(spec) as (keyof S & string)[]) {
    const v = choices[key];
    if (!spec[key].includes(v)) throw new Error(`writeChoices: "${v}" is not an allowed value of "${key}" (${spec[key].join(", ")})`);
    updates[key] = v === spec[key][0] ? null : v;
  }
  return mergeSearch(search, updates);
}

/**
 * The parameters whose value the URL gives but the spec does not allow (readChoices replaces them by the
 * default; a page says so beside the control).
 * @example rejectedChoices("?rule=magic", {rule: ["paper", "textbook"]}) // [{key: "rule", value: "magic"}]
 */
export function rejectedChoices<S extends ChoiceSpec>(search: string, spec: S): {key: keyof S & string; value: string}[] {
  const params = new URLSearchParams(search);
  const {problems} = readParams(search, Object.fromEntries(Object.entries(spec).map(([k, allowed]) => [k, oneOf(allowed)])));
  // readParams names each rejected key first in its message
  return (Object.keys(spec) as (keyof S & string)[])
    .filter((key) => problems.some((p) => p.startsWith(`${key} `)))
    .map((key) => ({key, value: params.get(key)!}));
}

/**
 * Write free values (numbers a reader types) into a query string, keeping every other parameter and leaving
 * out those equal to their default, as {@link writeChoices} does for choices.
 * @param values each parameter's value as text
 * @param defaults each parameter's default as text
 * @returns the new query string, with its "?" (or "" if empty)
 */
export function writeValues(search: string, values: Readonly<Record<string, string>>, defaults: Readonly<Record<string, string>>): string {
  return mergeSearch(search, Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === defaults[k] ? null : v])));
}
