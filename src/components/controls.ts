/** Inputs wrapped so every control has an accessible name (axe): data and options in, DOM out. */
import * as Inputs from "@observablehq/inputs";

/**
 * Inputs.range with its slider named too (Inputs labels only the number box).
 * @param extent [min, max]
 * @param options Inputs.range options; `label` is required and names both parts
 */
export function labelledRange(extent: [number, number], options: {label: string; step?: number; value?: number}): HTMLElement {
  const input = Inputs.range(extent, options) as HTMLElement;
  input.querySelector("input[type=range]")?.setAttribute("aria-label", options.label);
  return input;
}
