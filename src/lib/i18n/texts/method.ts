/** Texts of the methodology, data and weights pages (methodology, data, weights). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const METHOD_TEXTS = {} as const satisfies Record<string, Text>;
