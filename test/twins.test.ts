/**
 * Every English page has its Chinese twin (issue 16): for each page of the sidebar (observablehq.config.ts
 * PAGES, and the home page) a page at /zh/… exists and is listed in the Chinese sidebar, titled from the
 * catalogue.
 */
import {existsSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {PAGES, ZH_PAGES} from "../observablehq.config.js";
import {t, twinPath} from "../src/lib/i18n/index.js";

const source = (path: string) => join(import.meta.dirname, "..", "src", `${path.replace(/\/$/, "/index")}.md`);
const english = ["/", ...PAGES.map((p) => p.path)];

describe.each(english)("%s", (path) => {
  const twin = twinPath(path, "zh");
  test(`has its Chinese twin ${twin}, in the Chinese sidebar`, () => {
    expect(existsSync(source(path)), `${path} is a page`).toBe(true);
    expect(existsSync(source(twin)), `${twin} is missing`).toBe(true);
    expect(ZH_PAGES.map((p) => p.path)).toContain(twin);
  });
});

test("the sidebars are titled from the catalogue", () => {
  expect(PAGES.find((p) => p.path === "/glossary")?.name).toBe(t("en", "page./glossary"));
  expect(ZH_PAGES.find((p) => p.path === "/zh/glossary")?.name).toBe(t("zh", "page./glossary"));
  expect(ZH_PAGES[0].path).toBe("/zh/");
});
