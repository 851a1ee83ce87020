/**
 * A static server for dist/ on 127.0.0.1 (used by `npm start` and the browser tests). Framework's built
 * pages link to /data, /index etc. without the .html extension, which this resolves.
 */
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize, resolve} from "node:path";
import {fileURLToPath} from "node:url";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
  ".csv": "text/csv", ".svg": "image/svg+xml", ".png": "image/png", ".wasm": "application/wasm", ".woff2": "font/woff2",
  ".pdf": "application/pdf", ".bib": "text/plain; charset=utf-8", ".cff": "text/plain; charset=utf-8"
};

function resolveFile(root: string, urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath.split("?")[0])).replace(/^(\.\.[/\\])+/, "");
  const base = join(root, clean);
  if (!base.startsWith(root)) return null;
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Serve `dir` on 127.0.0.1; port 0 picks a free one. */
export function serveDir(dir: string, port = 0): Promise<{url: string; server: Server}> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const file = resolveFile(root, req.url ?? "/");
    if (!file) {
      res.writeHead(404, {"content-type": "text/plain"}).end("not found");
      return;
    }
    res.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
    createReadStream(file).pipe(res);
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
