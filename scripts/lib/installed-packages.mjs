// Whether node_modules is what package-lock.json asks for: after `git pull` of a commit that changed
// the dependencies, serving with the old packages fails in ways that do not name the cause.
import fs from "node:fs";
import path from "node:path";

/**
 * The packages whose installed version differs from package-lock.json, or that are missing (an
 * optional one — another platform's binary — may be). npm records what it installed in
 * node_modules/.package-lock.json; without that file nothing is known to be installed.
 */
export function packagesOutOfStep(root = process.cwd()) {
  const wanted = readPackages(path.join(root, "package-lock.json"));
  let installed;
  try {
    installed = readPackages(path.join(root, "node_modules", ".package-lock.json"));
  } catch {
    return ["node_modules"];
  }
  const problems = [];
  for (const [name, entry] of Object.entries(wanted)) {
    if (name === "") continue;
    const have = installed[name];
    if (!have) {
      if (!entry.optional && !entry.devOptional && !entry.peer) problems.push(name);
    } else if (have.version !== entry.version) {
      problems.push(name);
    }
  }
  return problems.map((name) => name.replace(/^node_modules\//, ""));
}

function readPackages(file) {
  return JSON.parse(fs.readFileSync(file, "utf8")).packages ?? {};
}
