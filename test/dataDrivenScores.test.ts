import {describe, expect, test} from "vitest";
import {fitDataDrivenScores, indicatorCategory} from "../src/lib/method/dataDrivenScores.js";
import {fitLabelEncoding} from "../src/lib/fraud/features.js";
import {INDICATORS, INDICATOR_IDS} from "../src/lib/method/indicators.js";
import type {Declaration} from "../src/lib/data/declarations.js";
import {BASE_DECLARATION} from "./fixtures.js";

const base = BASE_DECLARATION;

describe("data-driven indicator scores", () => {
  // hand-computed: office 30 has 2 rows (1 fraud), office 40 has 2 rows (1 fraud); prior 0.5; m = 2
  const train: Declaration[] = [
    {...base, office: "30", importer: "I1", fraud: 1, criticalFraud: 1},
    {...base, office: "30", importer: "I2", fraud: 0},
    {...base, office: "40", importer: "I1", fraud: 1, criticalFraud: 2},
    {...base, office: "40", importer: "I3", fraud: 0}
  ];
  const score = fitDataDrivenScores(train, 2);
  test("100 × smoothed training fraud rate; unseen categories get 100 × prior; quantities unchanged", () => {
    const [row] = score([{...base, importer: "I1", office: "99", netMass: 7, taxRate: 3, itemPrice: 9}]);
    expect(row).toHaveLength(17);
    const at = (id: string) => row[INDICATOR_IDS.indexOf(id as never)];
    expect(at("C8")).toBeCloseTo((100 * (2 + 2 * 0.5)) / (2 + 2), 12); // importer I1: 2 rows, 2 frauds
    expect(at("C2")).toBeCloseTo(50, 12); // unseen office: the prior
    expect([at("C5"), at("C10"), at("C12")]).toEqual([7, 3, 9]);
  });
  test("the scores of later months do not depend on their own labels", () => {
    const later = [
      {...base, fraud: 1 as const},
      {...base, fraud: 0 as const}
    ];
    const [a, b] = score(later);
    expect(a).toEqual(b);
  });
  test("C1 is scored by weekday; other indicators read their column", () => {
    expect(indicatorCategory(INDICATORS[0], base)).toBe("Mon"); // 2020-01-06 was a Monday
    expect(
      indicatorCategory(
        INDICATORS.find((d) => d.id === "C14")!,
        base
      )
    ).toBe("440890");
  });
  test("the authors' label encoding: sorted training codes, unseen categories −1", () => {
    const le = fitLabelEncoding(train);
    const j = le.names.indexOf("office: code");
    expect(Array.from(le.train[j])).toEqual([0, 0, 1, 1]);
    expect(Array.from(le.transform([{...base, office: "77"}])[j])).toEqual([-1]);
    expect(le.names.slice(-3)).toEqual(["taxRate", "netMass", "itemPrice"]);
  });
});
