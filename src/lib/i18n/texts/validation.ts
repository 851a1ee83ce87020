/** Texts of the fraud benchmark (validation). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const VALIDATION_TEXTS = {} as const satisfies Record<string, Text>;
