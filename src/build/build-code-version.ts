import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let codeVersion: string | undefined;

/**
 * A hash of the build's source files (`src/build`, the pure modules it uses and `src/*.ts`) and the
 * lockfile: what a post's cached result was computed by. Any change to either gives another.
 */
export function hashBuildCode(): string {
  if (codeVersion !== undefined) return codeVersion;
  const src = join(dirname(fileURLToPath(import.meta.url)), "..");
  const hash = createHash("sha256");
  for (const folder of ["build", "feed", "net", "."]) {
    const names = readdirSync(join(src, folder)).filter((name) => name.endsWith(".ts"));
    for (const name of names.sort())
      hash.update(`${folder}/${name}\n`).update(readFileSync(join(src, folder, name)));
  }
  try {
    hash.update(readFileSync(join(src, "..", "package-lock.json")));
  } catch {
    // A checkout without a lockfile still builds; it just rebuilds more often.
  }
  codeVersion = hash.digest("hex");
  return codeVersion;
}
