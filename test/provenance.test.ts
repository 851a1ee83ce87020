/**
 * Provenance (src/lib/report/provenance.ts, loaders/provenance.ts): package.json's "repository" in npm's
 * documented forms (docs.npmjs.com, package.json "repository"), the commit, and what the pages say.
 */
import {execFileSync} from "node:child_process";
import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {readProvenance} from "../loaders/provenance.js";
import {
  commitUrl,
  footerSourceHtml,
  rebuildCommands,
  repositoryUrl,
  shortCommit,
  sourceNote,
  UNKNOWN_COMMIT,
  type Provenance
} from "../src/lib/report/provenance.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const base: Provenance = {repository: "https://github.com/acme/report", commit: SHA, dirty: false, version: "1.2.3"};

describe("repositoryUrl: npm's forms of the field", () => {
  test.each([
    ["acme/report", "https://github.com/acme/report"],
    ["github:acme/report", "https://github.com/acme/report"],
    ["gitlab:group/sub/report", "https://gitlab.com/group/sub/report"],
    ["bitbucket:acme/report", "https://bitbucket.org/acme/report"],
    ["git+https://github.com/acme/report.git", "https://github.com/acme/report"],
    ["https://Example.org/acme/report/", "https://example.org/acme/report"],
    ["git://github.com/acme/report.git", "https://github.com/acme/report"],
    ["ssh://git@github.com:22/acme/report.git", "https://github.com/acme/report"],
    ["git@github.com:acme/report.git", "https://github.com/acme/report"]
  ])("%s -> %s", (raw, url) => {
    expect(repositoryUrl(raw)).toBe(url);
    expect(repositoryUrl({type: "git", url: raw})).toBe(url);
  });

  test("absent or empty: no address", () => {
    expect(repositoryUrl(undefined)).toBeNull();
    expect(repositoryUrl(null)).toBeNull();
    expect(repositoryUrl("  ")).toBeNull();
  });

  test("anything else is an error naming the file and the field", () => {
    expect(() => repositoryUrl("not an address", "x/package.json")).toThrow(
      /^x\/package\.json: "repository" must be a repository address.*"not an address"/
    );
    expect(() => repositoryUrl({type: "git"})).toThrow(/"repository" is an object without a "url"/);
    expect(() => repositoryUrl(42)).toThrow(/"repository" must be a string/);
  });
});

describe("the commit", () => {
  test("short form and links per host", () => {
    expect(shortCommit(SHA)).toBe("0123456");
    expect(shortCommit(UNKNOWN_COMMIT)).toBe("unknown");
    expect(commitUrl(base)).toBe(`https://github.com/acme/report/tree/${SHA}`);
    expect(commitUrl({...base, repository: "https://gitlab.com/a/b"})).toBe(`https://gitlab.com/a/b/-/tree/${SHA}`);
    expect(commitUrl({...base, repository: "https://bitbucket.org/a/b"})).toBe(`https://bitbucket.org/a/b/src/${SHA}`);
    // an unknown host's scheme is not guessed; nor is a link made without a hash or an address
    expect(commitUrl({...base, repository: "https://example.org/a/b"})).toBeNull();
    expect(commitUrl({...base, commit: UNKNOWN_COMMIT})).toBeNull();
    expect(commitUrl({...base, repository: null})).toBeNull();
  });
});

describe("what the pages say", () => {
  test("with an address: clone and check out the commit", () => {
    const n = sourceNote(base);
    expect(n.commitLabel).toBe("0123456");
    expect(n.howToGet).toBe(`\`git clone https://github.com/acme/report\` and \`git checkout ${SHA}\`.`);
    const footer = footerSourceHtml(base, "/cite#get-the-source");
    expect(footer).toContain('Source: <a href="https://github.com/acme/report">github.com/acme/report</a>');
    expect(footer).toContain(`<a href="https://github.com/acme/report/tree/${SHA}"><code>0123456</code></a>`);
    expect(rebuildCommands(base).split("\n").slice(0, 2)).toEqual([
      "git clone https://github.com/acme/report && cd report",
      `git checkout ${SHA}   # the commit that built these pages`
    ]);
  });

  test("without an address: the commit, and how to get the source", () => {
    const p = {...base, repository: null};
    expect(sourceNote(p).howToGet).toMatch(
      /^No public address is configured \(package\.json has no "repository"\).*git checkout 0123456789abcdef/
    );
    expect(footerSourceHtml(p, "/cite")).toMatch(/Source: no public address configured · built from commit <code>0123456<\/code>/);
    expect(rebuildCommands(p)).not.toContain("git clone");
    expect(rebuildCommands(p)).toContain(`git checkout ${SHA}`);
  });

  test("a dirty or git-less build says so", () => {
    expect(sourceNote({...base, dirty: true}).commitLabel).toBe("0123456 with uncommitted changes");
    expect(sourceNote({...base, dirty: true}).howToGet).toMatch(/uncommitted changes/);
    const none = sourceNote({...base, commit: UNKNOWN_COMMIT});
    expect(none.commitLabel).toBe("unknown");
    expect(none.howToGet).toMatch(/without git/);
    expect(rebuildCommands({...base, commit: UNKNOWN_COMMIT})).not.toContain("git checkout");
  });

  test("the address is escaped in the footer's HTML", () => {
    expect(footerSourceHtml({...base, repository: 'https://e.org/a/b"><x'}, "/cite")).not.toContain('"><x');
  });
});

describe("readProvenance", () => {
  test("this checkout: package.json's version, the commit git reports", () => {
    const p = readProvenance();
    expect(p.version).toMatch(/^\d+\.\d+\.\d+/);
    let head: string | null = null;
    try {
      head = execFileSync("git", ["rev-parse", "HEAD"], {encoding: "utf8", stdio: ["ignore", "pipe", "ignore"]}).trim();
    } catch {
      /* no git here: the commit must then be unknown */
    }
    expect(p.commit).toBe(head ?? UNKNOWN_COMMIT);
  });

  test("outside a git checkout the commit is unknown, and a bad field names the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "provenance-"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({version: "0.0.1", repository: "github:acme/report"}));
    expect(readProvenance(dir)).toEqual({
      repository: "https://github.com/acme/report",
      commit: UNKNOWN_COMMIT,
      dirty: false,
      version: "0.0.1"
    });
    writeFileSync(join(dir, "package.json"), JSON.stringify({version: "0.0.1", repository: "??"}));
    expect(() => readProvenance(dir)).toThrow(new RegExp(`${dir}/package\\.json: "repository"`));
  });
});
