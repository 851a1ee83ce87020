/** The exact versions a build used: Node, and every direct dependency as resolved in package-lock.json. */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {PROJECT_ROOT} from "./dataset.js";

export interface Versions {
  node: string;
  packages: {name: string; wanted: string; installed: string; dev: boolean}[];
}

export function versions(): Versions {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));
  const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, "package-lock.json"), "utf8"));
  const list = (deps: Record<string, string> = {}, dev: boolean) =>
    Object.entries(deps).map(([name, wanted]) => {
      const installed = lock.packages?.[`node_modules/${name}`]?.version;
      if (!installed) throw new Error(`versions: ${name} is in package.json but not in package-lock.json; run npm install`);
      return {name, wanted, installed, dev};
    });
  return {node: process.version, packages: [...list(pkg.dependencies, false), ...list(pkg.devDependencies, true)]};
}
