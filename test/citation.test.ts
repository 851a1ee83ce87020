/**
 * Citations and links to the authors' code (src/lib/paper/citation.ts, authorsCode.ts): complete BibTeX,
 * CITATION.cff in step with the module, and code lines that agree with data/authors/.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {csvParse} from "d3-dsv";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../loaders/dataset.js";
import {readProvenance} from "../loaders/provenance.js";
import {AUTHORS_CODE, authorsCodeLabel, authorsCodeUrl} from "../src/lib/paper/authorsCode.js";
import {bibliography, citationCff, citations} from "../src/lib/paper/citation.js";
import {discrepancy, DISCREPANCIES} from "../src/lib/paper/discrepancies.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const withRepo = {repository: "https://github.com/acme/report", version: "1.2.3", commit: SHA, dirty: false};
const field = (bib: string, name: string) => new RegExp(`^\\s+${name}\\s+= \\{(.*)\\},?$`, "m").exec(bib)?.[1];

describe("BibTeX", () => {
  test("the report: url and commit when known, none when not", () => {
    const [report] = citations(withRepo);
    expect(field(report.bibtex, "url")).toBe("https://github.com/acme/report");
    expect(field(report.bibtex, "version")).toBe("1.2.3");
    expect(field(report.bibtex, "note")).toContain(`Built from commit ${SHA}`);
    const [bare] = citations({repository: null, version: "1.2.3"});
    expect(field(bare.bibtex, "url")).toBeUndefined();
    expect(field(bare.bibtex, "note")).not.toContain("commit");
  });

  test("every entry has a title, an author, a year and a url (the paper's year is its cited commit's)", () => {
    for (const c of citations(withRepo)) {
      for (const f of ["title", "author", "year", "url"]) expect(field(c.bibtex, f), `${c.key} ${f}`).toBeTruthy();
      expect(c.bibtex.startsWith(`@`) && c.bibtex.includes(`{${c.key},`)).toBe(true);
    }
    const paper = citations(withRepo)[1].bibtex;
    expect(field(paper, "year")).toBe(AUTHORS_CODE.date.slice(0, 4));
    expect(field(paper, "url")).toBe(AUTHORS_CODE.repository);
    expect(bibliography(withRepo).split("\n\n@").length).toBe(3);
  });
});

describe("in Chinese", () => {
  test("each entry's description from the catalogue, its BibTeX the same as in English (the works' own titles)", () => {
    const en = citations(withRepo);
    const zh = citations(withRepo, "zh");
    expect(en.map((c) => c.what)).toEqual(["This report (code, recomputed numbers, figures)", "The paper reproduced", "The dataset"]);
    expect(zh.map((c) => c.what)).toEqual(["本报告（代码、复算数值、图表）", "所复现的论文", "数据集"]);
    expect(zh.map((c) => c.bibtex)).toEqual(en.map((c) => c.bibtex));
  });
});

describe("CITATION.cff", () => {
  test("the committed file is citationCff of package.json (npm run docs)", () => {
    const {repository, version} = readProvenance(PROJECT_ROOT);
    expect(readFileSync(join(PROJECT_ROOT, "CITATION.cff"), "utf8")).toBe(citationCff({repository, version}));
  });

  test("a build's copy names its commit and repository; without them neither key appears", () => {
    const cff = citationCff(withRepo);
    expect(cff).toMatch(new RegExp(`^commit: ${SHA}$`, "m"));
    expect(cff).toMatch(/^repository-code: "https:\/\/github.com\/acme\/report"$/m);
    const bare = citationCff({repository: null, version: "1.2.3"});
    expect(bare).not.toMatch(/^commit:/m);
    expect(bare).not.toMatch(/^repository-code:/m);
  });
});

describe("links to the authors' code", () => {
  test("an address at the pinned commit, raw lines", () => {
    expect(authorsCodeUrl({file: "a b(py).ipynb", lines: [7, 10], shows: ""})).toBe(
      `${AUTHORS_CODE.repository}/blob/${AUTHORS_CODE.commit}/a%20b%28py%29.ipynb?plain=1#L7-L10`
    );
    expect(authorsCodeUrl({file: "x.m", lines: [5, 5], shows: ""})).toMatch(/x\.m\?plain=1#L5$/);
    expect(authorsCodeLabel({file: "x.m", lines: [7, 10], shows: ""})).toBe("x.m, lines 7-10");
    expect(() => authorsCodeUrl({file: "x.m", lines: [10, 7], shows: ""})).toThrow(/x\.m: lines must be/);
  });

  test("D32 and D52, which rest on the authors' code, link it", () => {
    expect(discrepancy("D32").code?.length).toBeGreaterThan(0);
    expect(discrepancy("D52").code?.map((r) => r.file)).toContain("BP neural network for the original sample of 13 expert scores .m");
  });

  test("the radar notebook's lines are those data/authors/radarVectors.csv records for each sample", () => {
    const rows = csvParse(readFileSync(join(PROJECT_ROOT, "data", "authors", "radarVectors.csv"), "utf8"));
    const lineOf = new Map(rows.map((r) => [r.label, Number(r.line)]));
    const refs = DISCREPANCIES.flatMap((d) => d.code ?? []).filter((r) => r.file === "Radar_chart for 13 samples.ipynb");
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) {
      const sample = /^sample (\d+)'s/.exec(r.shows)?.[1];
      expect(sample, r.shows).toBeDefined();
      expect(r.lines, r.shows).toEqual([lineOf.get(`sample ${sample}`), lineOf.get(`sample ${sample}`)]);
    }
  });
});
