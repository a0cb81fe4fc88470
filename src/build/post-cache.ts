import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { ArticleText } from "./article-text.ts";
import { hashBuildCode } from "./build-code-version.ts";
import { measureBytePiece } from "./byte-pieces.ts";
import { isSameStamp, isSettled, readFileStamp } from "./file-stamp.ts";
import { type CacheEntry, writeIndex } from "./post-index.ts";
import { INDEX_FILE, JOURNAL_FILE, PreviousBuild, type StoredJournal, TEXT_FILE } from "./previous-build.ts";
import type { PostRecord } from "./read-post.ts";
import { sha256 } from "./sha256.ts";
import { type TextPlace, TextStore } from "./text-store.ts";
import { writeAtomically } from "./write-atomically.ts";

/** The store is rewritten with only the live texts when it is this much bigger... */
const MAX_GROWTH = 1.5;
/** ...or when the articles in the bundle's order jump around in it this often. */
const MAX_JUMPS = 1024;
/** Up to this many entries changed since the index was written go in the journal, not a new index. */
const MAX_JOURNAL = 1024;

/**
 * Remembers each post file's record between builds, keyed by its content path, so a rebuild reads
 * and cleans only the posts that changed. A file whose stamp (size, times, inode) is as recorded is
 * not even read; one whose stamp changed is read and hashed, and a touched but unchanged file is
 * still a hit. Posts that are gone are dropped. A record is reused only while the build time stays
 * in its steady span (a post dated in the future is published once its date has come).
 *
 * On disk: a small JSON index, a journal of the entries changed since it was written (see
 * `PreviousBuild`), and a store of article texts (see `ArticleText`) in the bundle's order,
 * appended to when posts change. A rebuild never loads the texts: the bundle it writes
 * points into the store, and they are copied from there a few megabytes at a time. Nothing is
 * written when nothing changed.
 *
 * The whole cache is dropped when the build's own code, its dependencies or the options that shape
 * the results change: a stale entry must never outlive the code that made it. A damaged or missing
 * index or store gives a full build.
 */
export class PostCache {
  readonly #dir: string;
  readonly #version: string;
  readonly #previous: PreviousBuild | null;
  readonly #current = new Map<string, CacheEntry>();
  /** Content paths whose entries are as the index has them (the journal need not hold them). */
  readonly #asIndexed = new Set<string>();
  readonly #openedAt: number;
  #changed = false;
  /** Posts whose records were reused. */
  hits = 0;

  private constructor(dir: string, version: string, openedAt: number, previous: PreviousBuild | null) {
    this.#dir = dir;
    this.#openedAt = openedAt;
    this.#version = version;
    this.#previous = previous;
  }

  /**
   * Opens the cache in folder `dir`; `options` are the settings the records depend on. `openedAt`
   * is the time files are judged against (see `isSettled`): tests pass a later one, so that files
   * they have just written count as settled.
   */
  static open(dir: string, options: unknown, openedAt = Date.now()): PostCache {
    const version = sha256(`${hashBuildCode()}\n${JSON.stringify(options)}`, "hex");
    return new PostCache(dir, version, openedAt, PreviousBuild.open(dir, version));
  }

  /**
   * The record of the post file `file` (content path `source`) at build time `now`: the cached one
   * when the file and the time allow, else `compute()`'s from the file's bytes.
   */
  read(
    file: string,
    source: string,
    now: Date,
    compute: (source: string, bytes: Uint8Array) => PostRecord,
  ): PostRecord {
    // Stamp, then read: a write in between leaves a stamp that no longer matches next time.
    const stamp = readFileStamp(file);
    const found = this.#previous?.find(source);
    const usable = found?.layer.isSteadyAt(found.entry, now) === true;
    const isIndexed = found?.layer === this.#previous?.base;
    if (usable && found.layer.hasStamp(found.entry, stamp)) {
      this.hits++;
      const entry = found.layer.read(found.entry);
      this.#current.set(source, entry);
      if (isIndexed) this.#asIndexed.add(source);
      return entry.record;
    }
    const bytes = readFileSync(file);
    const hash = sha256(bytes, "base64url");
    const settled = isSettled(stamp, this.#openedAt) ? stamp : null;
    let entry: CacheEntry;
    if (usable && found.layer.hashOf(found.entry) === hash) {
      this.hits++;
      const before = found.layer.read(found.entry);
      entry = { ...before, stamp: settled };
      if (!isSameStamp(before.stamp, settled)) this.#changed = true;
      else if (isIndexed) this.#asIndexed.add(source);
    } else {
      entry = { source, stamp: settled, hash, record: compute(source, bytes) };
      this.#changed = true;
    }
    this.#current.set(source, entry);
    return entry.record;
  }

  /**
   * Writes the entries read by this build (others are dropped), if anything changed: new texts are
   * appended to the store, or the store is rewritten in `order` when mostly dead or out of
   * order; then the journal of the entries that differ from the index, or when there are many,
   * a new index, atomically. `order` is the content paths of the published posts in the
   * bundle's order.
   */
  save(order: string[]): void {
    // Nothing read differs from the previous build: only a post that is gone could change it.
    if (!this.#changed && this.#current.size === (this.#previous?.countSources() ?? 0)) return;
    const texts: ArticleText[] = [];
    const entries = order.map((source) => {
      const entry = this.#current.get(source);
      if (entry === undefined || "skip" in entry.record)
        throw new Error(`build: post cache: ${source} was not read`);
      texts.push(entry.record.text);
      return entry;
    });
    const appended = this.#placeAppended(texts);
    for (const entry of this.#current.values()) if ("skip" in entry.record) entries.push(entry);
    if (entries.length !== this.#current.size)
      throw new Error("build: post cache: a post is not in the bundle's order");
    const changed = entries.filter(({ source }) => !this.#asIndexed.has(source));
    if (appended !== null && this.#previous !== null && changed.length <= MAX_JOURNAL) {
      const journal: StoredJournal = {
        ...writeIndex(changed, appended.of, this.#version, appended.token),
        removed: this.#previous.listGone(this.#current),
      };
      writeAtomically(join(this.#dir, JOURNAL_FILE), [Buffer.from(JSON.stringify(journal))]);
      return;
    }
    const places = appended ?? this.#rewriteStore(texts);
    // The journal goes first: an index without it is whole, where a stale journal would only be
    // checked entry by entry again.
    rmSync(join(this.#dir, JOURNAL_FILE), { force: true });
    const index = writeIndex(entries, places.of, this.#version, places.token);
    writeAtomically(join(this.#dir, INDEX_FILE), [Buffer.from(JSON.stringify(index))]);
  }

  /**
   * The place of `source` in the last build's bundle order, or -1: a hint that lets the build lay
   * the posts out nearly sorted.
   */
  rankOf(source: string): number {
    return this.#previous?.base.rankOf(source) ?? -1;
  }

  /** Closes the store: the texts of records read from the cache can no longer be read. */
  close(): void {
    this.#previous?.store.close();
  }

  /** Appends the new texts to the store, unless it is better rewritten (then null). */
  #placeAppended(texts: ArticleText[]): Places | null {
    const store = this.#previous?.store;
    if (store === undefined) return null;
    const places: Places = { token: store.token, of: new Map() };
    const fresh: ArticleText[] = [];
    let end = store.size;
    let live = 0;
    let jumps = 0;
    let next = -1;
    for (const text of texts) {
      let place = placeOf(text);
      if (place === null) {
        place = [end, measureBytePiece(text.literal)];
        end += place[1];
        fresh.push(text);
      }
      places.of.set(text, place);
      live += place[1];
      if (next !== -1 && place[0] !== next) jumps++;
      next = place[0] + place[1];
    }
    if (end > MAX_GROWTH * live + 2 ** 20 || jumps > MAX_JUMPS) return null;
    store.append(fresh.map((text) => text.literal));
    return places;
  }

  /** Writes a new store of the published texts, in order. */
  #rewriteStore(texts: ArticleText[]): Places {
    const written = TextStore.write(
      join(this.#dir, TEXT_FILE),
      texts.map(({ literal }) => literal),
    );
    return {
      token: written.token,
      of: new Map(texts.map((text, i) => [text, written.places[i] as TextPlace])),
    };
  }
}

/** Where each text goes in the store of token `token`. */
interface Places {
  token: string;
  of: Map<ArticleText, TextPlace>;
}

/** Where a text read from the store is; null for a text in memory. */
function placeOf({ literal }: ArticleText): TextPlace | null {
  return literal instanceof Uint8Array ? null : [literal.at, literal.length];
}
