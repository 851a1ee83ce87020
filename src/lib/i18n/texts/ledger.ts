/** Texts of reproducibility, the discrepancy log and the citation page (reproducibility, cite). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const LEDGER_TEXTS = {} as const satisfies Record<string, Text>;
