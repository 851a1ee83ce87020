/**
 * A page's choices (radio buttons, selects) kept in its URL so a view can be shared, as the training and
 * health-check pages do with their own state. Unknown or invalid values are ignored, never trusted.
 */

/** For each parameter, the values it may take; the first is the default. */
export type ChoiceSpec = Readonly<Record<string, readonly [string, ...string[]]>>;

/**
 * Read the choices from a query string: each parameter's value if it is one of its allowed values, else
 * its default.
 * @example readChoices("?rule=textbook&x=1", {rule: ["paper", "textbook"]}) // {rule: "textbook"}
 */
export function readChoices<S extends ChoiceSpec>(search: string, spec: S): {[K in keyof S]: S[K][number]} {
  const params = new URLSearchParams(search);
  const out = {} as {[K in keyof S]: S[K][number]};
  for (const key of Object.keys(spec) as (keyof S & string)[]) {
    const v = params.get(key);
    out[key] = v !== null && spec[key].includes(v) ? v : spec[key][0];
  }
  return out;
}

/**
 * Write the choices into a query string, keeping every other parameter (e.g. `classroom`) and leaving
 * defaults out so the plain address stays plain.
 * @returns the new query string, with its "?" (or "" if empty)
 * @throws if a value is not allowed for its parameter
 */
export function writeChoices<S extends ChoiceSpec>(search: string, spec: S, choices: {[K in keyof S]: string}): string {
  const params = new URLSearchParams(search);
  for (const key of Object.keys(spec) as (keyof S & string)[]) {
    const v = choices[key];
    if (!spec[key].includes(v)) throw new Error(`writeChoices: "${v}" is not an allowed value of "${key}" (${spec[key].join(", ")})`);
    if (v === spec[key][0]) params.delete(key);
    else params.set(key, v);
  }
  const q = params.toString();
  return q ? `?${q}` : "";
}

/**
 * The parameters whose value the URL gives but the spec does not allow (readChoices replaces them by the
 * default; a page says so beside the control).
 * @example rejectedChoices("?rule=magic", {rule: ["paper", "textbook"]}) // [{key: "rule", value: "magic"}]
 */
export function rejectedChoices<S extends ChoiceSpec>(search: string, spec: S): {key: keyof S & string; value: string}[] {
  const params = new URLSearchParams(search);
  return (Object.keys(spec) as (keyof S & string)[]).flatMap((key) => {
    const v = params.get(key);
    return v !== null && !spec[key].includes(v) ? [{key, value: v}] : [];
  });
}

/**
 * Write free values (numbers a reader types) into a query string, keeping every other parameter and leaving
 * out those equal to their default, as {@link writeChoices} does for choices.
 * @param values each parameter's value as text
 * @param defaults each parameter's default as text
 * @returns the new query string, with its "?" (or "" if empty)
 */
export function writeValues(search: string, values: Readonly<Record<string, string>>, defaults: Readonly<Record<string, string>>): string {
  const params = new URLSearchParams(search);
  for (const [key, v] of Object.entries(values)) {
    if (v === defaults[key]) params.delete(key);
    else params.set(key, v);
  }
  const q = params.toString();
  return q ? `?${q}` : "";
}
