import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";

/**
 * Remembers each post's expensive results (front matter parsed, HTML cleaned) between builds,
 * keyed by a hash of the file's bytes, so a rebuild cleans only the posts that changed.
 *
 * The whole cache is dropped when the build's own code, its dependencies or the options that shape
 * the results change: a stale entry must never outlive the code that made it.
 */
export class PostCache<T> {
  readonly #path: string;
  readonly #version: string;
  readonly #previous: Map<string, T>;
  readonly #current = new Map<string, T>();
  hits = 0;

  private constructor(path: string, version: string, previous: Map<string, T>) {
    this.#path = path;
    this.#version = version;
    this.#previous = previous;
  }

  /** Opens the cache at `path`; `options` are the settings the cached results depend on. */
  static open<T>(path: string, options: unknown): PostCache<T> {
    const version = hashText(`${buildCodeVersion()}\n${JSON.stringify(options)}`);
    let previous = new Map<string, T>();
    try {
      const stored = deserialize(readFileSync(path)) as { version: string; entries: Map<string, T> };
      if (stored.version === version) previous = stored.entries;
    } catch {
      // No cache yet, or one written by another Node version: start empty.
    }
    return new PostCache(path, version, previous);
  }

  /** The cached result for these bytes, or `compute()`'s, remembered for the next build. */
  get(bytes: Uint8Array, compute: () => T): T {
    const key = createHash("sha256").update(bytes).digest("base64url");
    let value = this.#current.get(key) ?? this.#previous.get(key);
    if (value === undefined) value = compute();
    else this.hits++;
    this.#current.set(key, value);
    return value;
  }

  /** Writes the entries used by this build (others are dropped), atomically. */
  save(): void {
    mkdirSync(dirname(this.#path), { recursive: true });
    const temporary = `${this.#path}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize({ version: this.#version, entries: this.#current }));
    renameSync(temporary, this.#path);
  }
}

function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

let codeVersion: string | undefined;

/** Hash of the build's source files and the lockfile: any change to either invalidates the cache. */
function buildCodeVersion(): string {
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
