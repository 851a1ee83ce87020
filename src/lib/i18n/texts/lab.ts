/** Texts of the BP training lab and the inspection planner (training, planner). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const LAB_TEXTS = {} as const satisfies Record<string, Text>;
