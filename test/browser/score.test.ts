/**
 * /score (issue 13): a file made here (test-month declarations of the dataset, bad rows, a duplicate ID)
 * is scored in the page's Web Worker; the page lists exactly the bad rows, its download equals
 * `npm run score`'s output for the same file byte for byte, and no request carries the file anywhere.
 */
import {execFile} from "node:child_process";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join, resolve} from "node:path";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../../loaders/dataset.js";
import {startBrowser} from "./browser.js";

const DATA_DIR = process.env.CUSTOMS_DATA_DIR ? resolve(PROJECT_ROOT, process.env.CUSTOMS_DATA_DIR) : null;
let env: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  env = await startBrowser();
});
afterAll(async () => {
  await env?.close();
});

describe.runIf(DATA_DIR)("/score", () => {
  test("bad rows listed, the download equals the command's output, no request carries the file", async () => {
    const lines = readFileSync(join(DATA_DIR!, "df_syn_test_eng.csv"), "utf8").trimEnd().split("\n");
    const rows = lines.slice(1, 1501);
    const bad = rows[5].split(",");
    bad[18] = "heavy"; // Net Mass
    const text = [lines[0], ...rows.slice(0, 100), bad.join(","), rows[3], ...rows.slice(100)].join("\r\n") + "\r\n";
    const dir = mkdtempSync(join(tmpdir(), "score-page-"));
    const input = join(dir, "declarations.csv");
    writeFileSync(input, `\uFEFF${text}`);
    const out = join(dir, "cli.csv");
    await promisify(execFile)(
      join(PROJECT_ROOT, "node_modules", ".bin", "tsx"),
      [join(PROJECT_ROOT, "scripts", "score.ts"), input, "--out", out],
      {
        cwd: PROJECT_ROOT
      }
    );

    const page = await env.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(env.base + "/score", {waitUntil: "networkidle"});
    const requests: {url: string; method: string; body: string | null}[] = [];
    page.on("request", (r) => requests.push({url: r.url(), method: r.method(), body: r.postData()}));
    await page.locator("input[type=file]").setInputFiles(input);
    await expect.poll(() => page.locator(".file-status").textContent(), {timeout: 60_000}).toMatch(/scored/);
    expect(await page.locator(".file-status").textContent()).toMatch(/1,502 rows read, 1,500 scored, 2 left out/);
    const main = (await page.locator("main").textContent()) ?? "";
    expect(main).toMatch(/2 rows left out/);
    const cells = await page.locator("details table tbody tr").allTextContents();
    expect(cells).toHaveLength(2);
    expect(cells[0]).toMatch(/^102Net Massheavyis not a number/);
    expect(cells[1]).toMatch(/^103Declaration ID.*duplicate Declaration ID: first on line 5/);
    expect(main).toMatch(/Inspecting the top 5% means 75 of the 1,500 scored declarations\. They hold \d+ frauds: precision/);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByText("scored.csv", {exact: true}).click()]);
    const browserCsv = readFileSync(await download.path(), "utf8");
    expect(browserCsv).toBe(readFileSync(out, "utf8"));

    const local = new URL(env.base).origin;
    expect(requests.filter((r) => !r.url.startsWith(local) && !r.url.startsWith("blob:"))).toEqual([]);
    expect(requests.filter((r) => r.method !== "GET" || r.body !== null)).toEqual([]);
    expect(requests.filter((r) => r.url.includes(rows[0].split(",")[0]))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
