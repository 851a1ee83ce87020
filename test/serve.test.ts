/**
 * The static server survives hostile requests: malformed paths answer 400, paths that would leave the
 * served folder 404, and after the whole batch it still serves a good request. Raw paths go through
 * http.request's `path` option so the client does not normalise them first.
 */
import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from "node:fs";
import {request, type Server} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test, vi} from "vitest";

// Simulate a file removed between the server's lookup and its read: delete it just before the stream opens.
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    createReadStream: ((path: string, ...rest: never[]) => {
      if (String(path).endsWith("vanishing.txt")) fs.unlinkSync(path);
      return fs.createReadStream(path, ...rest);
    }) as typeof fs.createReadStream
  };
});

const {resolveRequest, serveDir} = await import("../scripts/serve.js");

/** One request with the path sent exactly as given; resolves to the status and body. */
function get(base: string, path: string, method = "GET"): Promise<{status: number; body: string}> {
  const {hostname, port} = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({hostname, port, path, method}, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => ok({status: res.statusCode ?? 0, body}));
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end();
  });
}

let server: Server;
let url: string;
let root: string;

beforeAll(async () => {
  const outer = mkdtempSync(join(tmpdir(), "serve-"));
  writeFileSync(join(outer, "secret.json"), '{"secret": true}'); // beside the served folder: never served
  root = join(outer, "dist");
  mkdirSync(join(root, "zh"), {recursive: true});
  writeFileSync(join(root, "index.html"), "<p>home</p>");
  writeFileSync(join(root, "data.html"), "<p>data</p>");
  writeFileSync(join(root, "zh", "index.html"), "<p>中文</p>");
  symlinkSync(join(outer, "secret.json"), join(root, "link.json")); // a link out of the folder
  ({url, server} = await serveDir(root));
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe("serveDir", () => {
  test.each([
    ["/", 200, "home"],
    ["/data", 200, "data"],
    ["/data.html", 200, "data"],
    ["/zh/", 200, "中文"],
    ["/zh", 200, "中文"],
    ["/data?x=1#y", 200, "data"],
    ["/./data", 200, "data"],
    ["//data", 200, "data"]
  ])("serves %s", async (path, status, text) => {
    const res = await get(url, path);
    expect(res.status).toBe(status);
    expect(res.body).toContain(text);
  });

  const hostile: [string, number][] = [
    ["/%E0%A4%A", 400],
    ["/%", 400],
    ["/%zz", 400],
    ["/%C0%AF", 400],
    ["/data%", 400],
    ["/../secret.json", 404],
    ["/%2e%2e/secret.json", 404],
    ["/%2E%2E/secret.json", 404],
    ["/..%2fsecret.json", 404],
    ["/..%2Fsecret.json", 404],
    ["/zh/../../secret.json", 404],
    ["/zh/%2e%2e/%2e%2e/secret.json", 404],
    ["/..%5csecret.json", 400],
    ["/%5c..%5csecret.json", 400],
    ["/..\\secret.json", 400],
    ["/index.html%00", 400],
    ["/%00", 400],
    ["/data%00.html", 400],
    ["/link.json", 404],
    ["/" + "a".repeat(5000), 404],
    ["/nope", 404],
    ["/zh/nope", 404],
    ["*", 400],
    ["http://127.0.0.1/../secret.json", 400]
  ];

  test("a batch of hostile paths answers 400 or 404, never a file outside the folder, and the server survives", async () => {
    const results = await Promise.all(hostile.map(async ([path]) => [path, (await get(url, path)).status] as const));
    expect(results).toEqual(hostile);
    for (const [path] of hostile) expect((await get(url, path)).body).not.toContain("secret");
    expect((await get(url, "/data")).status).toBe(200);
  });

  test("a file removed between lookup and read is a 404, and the server keeps serving", async () => {
    writeFileSync(join(root, "vanishing.txt"), "here");
    expect(await get(url, "/vanishing.txt")).toEqual({status: 404, body: "not found"});
    expect((await get(url, "/")).status).toBe(200);
  });

  test("only GET and HEAD are answered", async () => {
    expect(await get(url, "/data", "HEAD")).toEqual({status: 200, body: ""});
    expect((await get(url, "/data", "POST")).status).toBe(405);
    expect((await get(url, "/data", "DELETE")).status).toBe(405);
  });
});

describe("resolveRequest", () => {
  test("says why a path is refused", () => {
    expect(resolveRequest(root, "/%E0%A4%A")).toEqual({status: 400, reason: "malformed percent-encoding"});
    expect(resolveRequest(root, "/%2e%2e/secret.json")).toEqual({status: 404, reason: "outside the served folder"});
    expect(resolveRequest(root, "/link.json")).toEqual({status: 404, reason: "outside the served folder"});
    expect(resolveRequest(root, "/data")).toEqual({file: join(root, "data.html")});
  });
});
