import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../src/build/build-site.ts";
import { corpusDir, PROJECT_ROOT } from "./corpus-dir.ts";

/**
 * Builds the corpus and the sample content once, before the tests, and hands both bundles to the
 * tests (including those inside workerd) through `inject()`.
 */
export default function setup(project: TestProject): void {
  const build = (contentDir: string) =>
    JSON.stringify(
      buildSite({
        contentDir,
        timeZone: "UTC",
        allowLoopbackImages: false,
        now: new Date("2026-01-01T00:00:00Z"),
      }).bundle,
    );
  project.provide("corpusBundle", build(corpusDir()));
  project.provide("contentBundle", build(join(PROJECT_ROOT, "content")));
}
