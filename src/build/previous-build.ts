import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CacheEntry, StoredEntries, type StoredIndex } from "./post-index.ts";
import { TextStore } from "./text-store.ts";

/** The index of every post file of some build. */
export const INDEX_FILE = "posts.json";
/**
 * The journal: the entries that changed since the index was written, and the content paths that
 * are gone, so that a rebuild after a few changes writes a few entries, not 10,000.
 */
export const JOURNAL_FILE = "posts.journal.json";
/** The articles' texts (`ArticleText`) of both, in a store of their own. */
export const TEXT_FILE = "articles.bin";

/** The journal as stored: an index of the changed entries, and the paths gone since the index. */
export interface StoredJournal extends StoredIndex {
  removed: string[];
}

/** Which layer of the previous build an entry is in, and its number there. */
export interface FoundEntry {
  layer: StoredEntries;
  entry: number;
}

/**
 * What the post cache knows of the last build: the index, overlaid by the journal. Each entry is
 * checked against its file before it is reused, so any mix of the two is safe; what must hold is
 * that their texts lie in the store they name (see `TextStore`).
 */
export class PreviousBuild {
  readonly base: StoredEntries;
  readonly #journal: StoredEntries | null;
  readonly #removed: Set<string>;
  readonly store: TextStore;

  private constructor(
    base: StoredEntries,
    journal: StoredEntries | null,
    removed: string[],
    store: TextStore,
  ) {
    this.base = base;
    this.#journal = journal;
    this.#removed = new Set(removed);
    this.store = store;
  }

  /**
   * The previous build in folder `dir`, or null when there is none, or it was made by other code
   * or settings (`version`), or it is damaged: then the build starts over. A journal that does not
   * fit is left out.
   */
  static open(dir: string, version: string): PreviousBuild | null {
    let store: TextStore | null = null;
    try {
      const index = JSON.parse(readFileSync(join(dir, INDEX_FILE), "utf8")) as StoredIndex;
      if (index.version !== version) return null;
      store = TextStore.open(join(dir, TEXT_FILE), index.token);
      if (store === null) return null;
      const base = StoredEntries.read(index, store);
      if (base) return new PreviousBuild(base, ...openJournal(dir, index, store), store);
    } catch {
      // No index yet, or one that is not JSON or not of this shape.
    }
    store?.close();
    return null;
  }

  /** The entry of a content path, from the journal first; null if neither layer has it. */
  find(source: string): FoundEntry | null {
    const inJournal = this.#journal?.find(source) ?? -1;
    if (inJournal !== -1) return { layer: this.#journal as StoredEntries, entry: inJournal };
    if (this.#removed.has(source)) return null;
    const inBase = this.base.find(source);
    return inBase === -1 ? null : { layer: this.base, entry: inBase };
  }

  /** The number of content paths the two layers hold together. */
  countSources(): number {
    let count = this.#journal?.size ?? 0;
    for (const source of this.base.sources()) if (this.find(source)?.layer === this.base) count++;
    return count;
  }

  /** The content paths of the index that this build did not read (`current`): they are gone. */
  listGone(current: Map<string, CacheEntry>): string[] {
    return [...this.base.sources()].filter((source) => !current.has(source));
  }
}

function openJournal(dir: string, index: StoredIndex, store: TextStore): [StoredEntries | null, string[]] {
  try {
    const journal = JSON.parse(readFileSync(join(dir, JOURNAL_FILE), "utf8")) as StoredJournal;
    const isFit = journal.version === index.version && journal.token === index.token;
    const entries = isFit && Array.isArray(journal.removed) ? StoredEntries.read(journal, store) : null;
    if (entries) return [entries, journal.removed];
  } catch {
    // No journal, or a damaged one: the index alone is an older state, and entries are checked.
  }
  return [null, []];
}
