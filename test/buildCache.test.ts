import {spawnSync} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {cachedJson} from "../loaders/buildCache.js";

const fresh = () => mkdtempSync(join(tmpdir(), "build-cache-"));

describe("cachedJson", () => {
  test("loaders asking at the same time compute once; the others wait and read the result", async () => {
    const dir = fresh();
    let calls = 0;
    const compute = async () => {
      calls++;
      await new Promise((ok) => setTimeout(ok, 200));
      return {answer: 42};
    };
    const results = await Promise.all([1, 2, 3].map(() => cachedJson("model", "k1", compute, dir, 10)));
    expect(calls).toBe(1);
    expect(results).toEqual([{answer: 42}, {answer: 42}, {answer: 42}]);
    expect(readdirSync(dir)).toEqual(["model-k1.json"]);
  });
  test("a lock left by a process that has gone is removed and the result computed", async () => {
    const dir = fresh();
    const gone = spawnSync(process.execPath, ["-e", "0"]).pid!;
    writeFileSync(join(dir, "model-k2.json.lock"), String(gone));
    expect(await cachedJson("model", "k2", async () => [1, 2], dir, 10)).toEqual([1, 2]);
    expect(readdirSync(dir)).toEqual(["model-k2.json"]);
  });
  test("a failed computation writes nothing and releases the lock, so the next build computes again", async () => {
    const dir = fresh();
    await expect(cachedJson("model", "k3", () => Promise.reject(new Error("boom")), dir, 10)).rejects.toThrow("boom");
    expect(existsSync(join(dir, "model-k3.json.lock"))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(await cachedJson("model", "k3", async () => "ok", dir, 10)).toBe("ok");
  });
});
