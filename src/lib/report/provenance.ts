/**
 * Where the report's source lives and which commit built it. The address is configured in one place,
 * package.json's "repository" field (any of npm's forms); the commit is read at build time by
 * loaders/provenance.ts (`git rev-parse HEAD`, "unknown" without git). The footer of every page
 * (observablehq.config.ts), /cite, the BibTeX and CITATION.cff all take it from here.
 */
import {t} from "../i18n/catalogue.js";
import type {Lang} from "../i18n/lang.js";

/** What a build knows about its own source. */
export interface Provenance {
  /** https address of the source repository, or null when package.json names none. */
  repository: string | null;
  /** The build's full commit hash, or {@link UNKNOWN_COMMIT} (no git, or not a git checkout). */
  commit: string;
  /** True when tracked files differed from that commit at build time (the pages are not exactly it). */
  dirty: boolean;
  /** package.json's "version". */
  version: string;
}

/** The commit of a build made without git. */
export const UNKNOWN_COMMIT = "unknown";

const HOSTS: Readonly<Record<string, string>> = {github: "github.com", gitlab: "gitlab.com", bitbucket: "bitbucket.org"};

/**
 * The https address of package.json's "repository" field, in any of npm's forms: "owner/name" (GitHub),
 * "github:owner/name" (also gitlab:, bitbucket:), "git+https://host/owner/name.git", "git://…", "ssh://…",
 * "git@host:owner/name.git", or an object {type, url} holding one of these.
 * @param field the field's value as parsed from package.json (undefined when absent)
 * @param file the file named in errors
 * @returns "https://host/owner/name" (no ".git", no trailing slash), or null when the field is absent or empty
 * @throws naming the file and the field when the value is not a repository address
 * @example repositoryUrl({type: "git", url: "git+https://github.com/a/b.git"}) // "https://github.com/a/b"
 */
export function repositoryUrl(field: unknown, file = "package.json"): string | null {
  if (field === undefined || field === null) return null;
  const bad = (what: string) => new Error(`${file}: "repository" ${what}`);
  let raw: unknown = field;
  if (typeof field === "object") {
    raw = (field as {url?: unknown}).url;
    if (typeof raw !== "string") throw bad(`is an object without a "url" string`);
  }
  if (typeof raw !== "string") throw bad(`must be a string or {type, url}, got ${JSON.stringify(field)}`);
  const s = raw.trim();
  if (s === "") return null;
  const path = "([\\w.-]+(?:/[\\w.-]+)+)";
  const clean = (host: string, p: string) => `https://${host.toLowerCase()}/${p.replace(/\/+$/, "").replace(/\.git$/, "")}`;
  let m = new RegExp(`^(github|gitlab|bitbucket):${path}$`).exec(s);
  if (m) return clean(HOSTS[m[1]], m[2]);
  m = new RegExp(`^([\\w.-]+/[\\w.-]+)$`).exec(s);
  if (m) return clean(HOSTS.github, m[1]);
  m = new RegExp(`^[\\w.-]+@([\\w.-]+):${path}/?$`).exec(s);
  if (m) return clean(m[1], m[2]);
  m = new RegExp(`^(?:git\\+)?(?:https?|git|ssh)://(?:[^@/]+@)?([\\w.-]+)(?::\\d+)?/${path}/?$`).exec(s);
  if (m) return clean(m[1], m[2]);
  throw bad(`must be a repository address (https://host/owner/name, owner/name or github:owner/name), got "${s}"`);
}

/** True for a full or abbreviated git commit hash (7-40 hex digits). */
export function isCommitHash(commit: string): boolean {
  return /^[0-9a-f]{7,40}$/i.test(commit);
}

/** The commit as people quote it: its first 7 hex digits, or the text as it is ("unknown"). */
export function shortCommit(commit: string): string {
  return isCommitHash(commit) ? commit.slice(0, 7).toLowerCase() : commit;
}

/**
 * The address of the source tree at the build's commit, on hosts whose address scheme is known
 * (github.com and gitlab.com: /tree/<commit>; bitbucket.org: /src/<commit>).
 * @returns null without a repository, without a commit hash, or on another host (the hash is then shown alone)
 */
export function commitUrl(p: Pick<Provenance, "repository" | "commit">): string | null {
  if (!p.repository || !isCommitHash(p.commit)) return null;
  const host = new URL(p.repository).hostname;
  const tree = host === "github.com" ? "tree" : host === "gitlab.com" ? "-/tree" : host === "bitbucket.org" ? "src" : null;
  return tree ? `${p.repository}/${tree}/${p.commit}` : null;
}

/** What to tell a reader about the source, ready for any page or format. */
export interface SourceNote {
  /** The repository address, or null. */
  repository: string | null;
  /** "abc1234", "abc1234 with uncommitted changes" or "unknown". */
  commitLabel: string;
  /** Link for the commit, or null. */
  commitUrl: string | null;
  /** One sentence: how to get exactly this source. */
  howToGet: string;
}

/**
 * How a reader gets the source of these pages.
 * With an address: clone it and check out the commit. Without one (package.json has no "repository"): the
 * pages still name the commit, so whoever published them can hand over that commit, and say where the
 * address would be configured. A dirty or unknown build says the pages may not be exactly one commit.
 */
export function sourceNote(p: Provenance, lang: Lang = "en"): SourceNote {
  const known = isCommitHash(p.commit);
  const commitLabel = known ? (p.dirty ? t(lang, "source.dirty", {commit: shortCommit(p.commit)}) : shortCommit(p.commit)) : UNKNOWN_COMMIT;
  const caveat = !known ? t(lang, "source.caveatNoGit") : p.dirty ? t(lang, "source.caveatDirty") : "";
  const howToGet = p.repository
    ? t(lang, "source.clone", {repository: p.repository, checkout: known ? t(lang, "source.checkout", {commit: p.commit}) : "", caveat})
    : t(lang, "source.noAddress", {checkout: known ? t(lang, "source.thenCheckout", {commit: p.commit}) : "", caveat});
  return {repository: p.repository, commitLabel, commitUrl: commitUrl(p), howToGet};
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The footer's source line as HTML: "Source: <address> · built from commit <hash>", or, without an
 * address, the commit and "no public address configured" (the /cite page says how to get the source).
 * @param citeHref the address of the /cite page (Framework makes "/cite" relative to each page)
 * @param lang the page's language
 */
export function footerSourceHtml(p: Provenance, citeHref: string, lang: Lang = "en"): string {
  const n = sourceNote(p, lang);
  const commit = n.commitUrl
    ? `<a href="${escapeHtml(n.commitUrl)}"><code>${escapeHtml(n.commitLabel)}</code></a>`
    : `<code>${escapeHtml(n.commitLabel)}</code>`;
  const source = n.repository
    ? t(lang, "footer.source", {link: `<a href="${escapeHtml(n.repository)}">${escapeHtml(n.repository.replace(/^https:\/\//, ""))}</a>`})
    : t(lang, "footer.noSource");
  return `<span class="provenance">${source} · ${t(lang, "footer.builtFrom", {commit})} · <a href="${escapeHtml(citeHref)}">${t(lang, "footer.howToCite")}</a></span>`;
}

/**
 * The shell commands that rebuild exactly these pages: clone (or, without an address, a comment saying
 * where to get the repository), check out the build's commit (when known), build, reproduce.
 */
export function rebuildCommands(p: Provenance): string {
  const dir = p.repository ? p.repository.split("/").pop()! : "<the repository>";
  const get = p.repository
    ? [`git clone ${p.repository} && cd ${dir}`]
    : [
        '# no public address is configured (package.json "repository"): get the repository from whoever',
        "# published these pages, then",
        `cd ${dir}`
      ];
  return [
    ...get,
    ...(isCommitHash(p.commit) ? [`git checkout ${p.commit}   # the commit that built these pages`] : []),
    "export CUSTOMS_DATA_DIR=/path/to/customs-declaration-datasets   # or let the build download them",
    "npm ci && npm start           # build and serve the report",
    "npm run reproduce             # every paper number: paper | ours | difference | pass / explained / fail"
  ].join("\n");
}
