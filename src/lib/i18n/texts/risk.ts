/** Texts of the risk index and the early-warning pages (risk, early-warning). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const RISK_TEXTS = {} as const satisfies Record<string, Text>;
