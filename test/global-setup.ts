import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "../scripts/lib/runtime.mjs";

/** Migrates one template database; every test file then works on its own copy of it. */
export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-test-"));
  const template = path.join(dir, "template.db");
  migrate(`file:${template}`);
  project.provide("templateDatabase", template);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
