/**
 * A static server for dist/ on 127.0.0.1 (used by `npm start` and the browser tests). Framework's built
 * pages link to /data, /index etc. without the .html extension, which this resolves.
 *
 * It must not be knocked over by a request: a malformed path (bad percent-encoding, NUL, backslash, not
 * starting with "/") answers 400, anything that would leave the served folder answers 404, and a file that
 * disappears between lookup and read ends that one response, never the process.
 */
import {createReadStream, existsSync, realpathSync, statSync} from "node:fs";
import {createServer, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import {extname, join, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".csv": "text/csv",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".bib": "text/plain; charset=utf-8",
  ".cff": "text/plain; charset=utf-8"
};

/** Where a request path leads: a file inside the root, or the status to answer instead. */
export type Resolution = {file: string} | {status: 400 | 404; reason: string};

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // missing, a symbolic-link loop, a name too long: all just "not here"
  }
}

/**
 * Map a raw request target (as on the request line: percent-encoded, maybe with a query) to a file under
 * `root`, trying `path`, `path.html` and `path/index.html`. Pure apart from reading the file system.
 * @param root the served folder, absolute and resolved
 * @param target the raw request target, e.g. "/data?x=1"
 * @returns the file, or 400 for a path that is malformed and 404 for one that is missing or would leave
 *   `root` (by "..", or by a symbolic link pointing outside)
 * @example resolveRequest("/srv/dist", "/%E0%A4%A") // {status: 400, reason: "malformed percent-encoding"}
 */
export function resolveRequest(root: string, target: string): Resolution {
  const raw = target.split(/[?#]/, 1)[0];
  if (!raw.startsWith("/")) return {status: 400, reason: "the path must start with /"};
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return {status: 400, reason: "malformed percent-encoding"};
  }
  // NUL makes fs throw; a backslash is a separator on Windows and never part of a name we serve.
  if (path.includes("\0")) return {status: 400, reason: "NUL in the path"};
  if (path.includes("\\")) return {status: 400, reason: "backslash in the path"};
  const segments = path.split("/").filter((s) => s !== "" && s !== ".");
  if (segments.includes("..")) return {status: 404, reason: "outside the served folder"};
  const base = join(root, ...segments);
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (!isFile(candidate)) continue;
    // A symbolic link could still point outside: compare real paths.
    const real = realpathSync(candidate);
    const realRoot = realpathSync(root);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return {status: 404, reason: "outside the served folder"};
    return {file: candidate};
  }
  return {status: 404, reason: "not found"};
}

function answer(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, {"content-type": "text/plain; charset=utf-8"}).end(text);
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    answer(res, 405, "method not allowed");
    return;
  }
  const found = resolveRequest(root, req.url ?? "/");
  if (!("file" in found)) {
    answer(res, found.status, found.status === 400 ? `bad request: ${found.reason}` : "not found");
    return;
  }
  const type = TYPES[extname(found.file)] ?? "application/octet-stream";
  if (req.method === "HEAD") {
    res.writeHead(200, {"content-type": type}).end();
    return;
  }
  // Headers go out only once the file is open, so a file removed since the lookup is a clean 404.
  const stream = createReadStream(found.file);
  stream.once("open", () => {
    res.writeHead(200, {"content-type": type});
    stream.pipe(res);
  });
  stream.once("error", () => answer(res, 404, "not found"));
  res.once("close", () => stream.destroy());
}

/**
 * Serve `dir` on 127.0.0.1.
 * @param dir the folder to serve (dist/ in practice)
 * @param port the port; 0 picks a free one
 * @returns the base URL and the server (close it when done)
 */
export function serveDir(dir: string, port = 0): Promise<{url: string; server: Server}> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    try {
      handle(root, req, res);
    } catch {
      answer(res, 500, "internal error"); // a bug in one answer must not stop the server
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const p = typeof address === "object" && address ? address.port : port;
      ok({url: `http://127.0.0.1:${p}`, server});
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(fileURLToPath(import.meta.url), "../../dist");
  if (!existsSync(dist)) throw new Error("serve: dist/ does not exist; run `npm run build` first");
  const {url} = await serveDir(dist, Number(process.env.PORT ?? 3000));
  console.log(`The report is served at ${url}/ (Ctrl-C to stop)`);
}
