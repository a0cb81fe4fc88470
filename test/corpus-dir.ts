import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder. */
export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * The real crawled posts the tests read: `CORPUS_DIR`, by default `../shared/corpus` beside the
 * project's root. Fails loudly when missing, so a test never passes by reading nothing.
 */
export function corpusDir(): string {
  const dir = resolve(PROJECT_ROOT, process.env.CORPUS_DIR ?? "../shared/corpus");
  if (!existsSync(dir)) {
    throw new Error(
      `test: the corpus folder ${dir} does not exist (set CORPUS_DIR to the folder of real posts)`,
    );
  }
  return dir;
}
