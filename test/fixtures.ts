/** Shared test rows: one valid declaration in the dataset's schema (values of no particular source). */
import type {Declaration} from "../src/lib/data/declarations.js";

/** A valid e-commerce declaration; tests override the fields they vary. */
export const BASE_DECLARATION: Readonly<Declaration> = {
  id: "1",
  date: "2020-01-06",
  office: "30",
  processType: "B",
  importType: "15",
  importUse: "21",
  paymentType: "11",
  transport: "10",
  declarant: "D1",
  importer: "I1",
  seller: "S1",
  courier: "missing",
  hs6: "440890",
  departure: "CN",
  origin: "CN",
  taxRate: 8,
  taxType: "A",
  originIndicator: "G",
  netMass: 2,
  itemPrice: 1000,
  fraud: 0,
  criticalFraud: 0
};
