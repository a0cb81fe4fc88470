import type { ArticleText } from "./article-text.ts";
import { isInSpan } from "./dates.ts";
import { type FileStamp, isSameStamp } from "./file-stamp.ts";
import type { FieldProblem } from "./problems.ts";
import type { PostRecord, PublishedPost } from "./read-post.ts";
import type { TextPlace, TextStore } from "./text-store.ts";

/** One post file as the post cache knows it. */
export interface CacheEntry {
  /** Content path. */
  source: string;
  /** The file's stamp when it was read; null when it does not vouch for its bytes (see `isSettled`). */
  stamp: FileStamp | null;
  /** SHA-256 of its bytes. */
  hash: string;
  record: PostRecord;
}

/**
 * The post cache's index as stored: published posts column by column, in the bundle's order, so
 * that reading 10,000 of them makes a few dozen arrays rather than 100,000 objects (and
 * `JSON.parse` is several times faster). Columns of four or two numbers hold that many per post.
 */
export interface StoredIndex {
  /** The code and settings the records were made with. */
  version: string;
  /** The token (hex) of the store the texts are in. */
  token: string;
  skipped: Array<{ source: string; stamp: number[]; hash: string; skip: FieldProblem }>;
  sources: string[];
  hashes: string[];
  /** size, mtimeMs, ctimeMs, ino; -1 for no stamp. */
  stamps: number[];
  dates: string[];
  pathHashes: string[];
  /** Indexes into `categoryPaths`: posts share a few category paths. */
  categories: number[];
  categoryPaths: string[][];
  /** `[key, url]` pairs, flat; `imageCounts` says how many pairs are each post's. */
  images: string[];
  imageCounts: number[];
  /** The posts that have warnings, by position. */
  problems: Record<string, FieldProblem[]>;
  /** from, until; null: unbounded. */
  steady: Array<number | null>;
  /** See `TextPlace`. */
  texts: number[];
  /** See `ArticleText`. */
  textHashes: string[];
}

/**
 * The entries of an earlier build, read from its index. An entry is named by a number, and its
 * record is made only when it is reused.
 */
export class StoredEntries {
  readonly #index: StoredIndex;
  readonly #store: TextStore;
  readonly #positions = new Map<string, number>();
  readonly #imageStarts: number[] = [];

  private constructor(index: StoredIndex, store: TextStore) {
    this.#index = index;
    this.#store = store;
  }

  /** The entries of `index`, whose texts are in `store`; null if the index does not fit it. */
  static read(index: StoredIndex, store: TextStore): StoredEntries | null {
    const entries = new StoredEntries(index, store);
    const { sources, texts, imageCounts } = index;
    if (!hasColumnsOf(index, sources.length)) return null;
    let images = 0;
    for (let i = 0; i < sources.length; i++) {
      entries.#positions.set(sources[i] as string, i);
      entries.#imageStarts.push(images);
      images += 2 * (imageCounts[i] as number);
      const [at, length] = readPlace(texts, i);
      if (store.range(at, length) === null) return null;
    }
    entries.#imageStarts.push(images);
    index.skipped.forEach(({ source }, i) => {
      entries.#positions.set(source, sources.length + i);
    });
    return entries;
  }

  /** The number of entries. */
  get size(): number {
    return this.#positions.size;
  }

  /** The content paths of the entries. */
  sources(): IterableIterator<string> {
    return this.#positions.keys();
  }

  /** The entry of a content path, or -1. */
  find(source: string): number {
    return this.#positions.get(source) ?? -1;
  }

  /** The place of a published post in the bundle's order when the index was written, or -1. */
  rankOf(source: string): number {
    const entry = this.find(source);
    return entry < this.#index.sources.length ? entry : -1;
  }

  /** True when the entry's record holds at build time `now` (see `findSteadySpan`). */
  isSteadyAt(entry: number, now: Date): boolean {
    const { steady } = this.#index;
    return entry >= this.#index.sources.length || isInSpan(now, readSpan(steady, entry));
  }

  /** True when the entry has a stamp and it is `stamp`. */
  hasStamp(entry: number, stamp: FileStamp): boolean {
    return isSameStamp(this.#stampOf(entry), stamp);
  }

  /** SHA-256 of the entry's file. */
  hashOf(entry: number): string {
    const { hashes, sources, skipped } = this.#index;
    return entry < sources.length
      ? (hashes[entry] as string)
      : (skipped[entry - sources.length]?.hash as string);
  }

  /** The whole entry. */
  read(entry: number): CacheEntry {
    const index = this.#index;
    const n = index.sources.length;
    if (entry >= n) {
      const { source, hash, skip } = index.skipped[entry - n] as StoredIndex["skipped"][number];
      return { source, stamp: this.#stampOf(entry), hash, record: { skip } };
    }
    const images: Array<[string, string]> = [];
    for (let i = this.#imageStarts[entry] as number; i < (this.#imageStarts[entry + 1] as number); i += 2) {
      images.push([index.images[i] as string, index.images[i + 1] as string]);
    }
    const [at, length] = readPlace(index.texts, entry);
    // `read` checked that every text lies in the store.
    const text = {
      literal: this.#store.range(at, length),
      hash: index.textHashes[entry],
    } as ArticleText;
    const record: PublishedPost = {
      problems: index.problems[entry] ?? [],
      date: index.dates[entry] as string,
      pathHash: index.pathHashes[entry] as string,
      categories: index.categoryPaths[index.categories[entry] as number] as string[],
      images,
      text,
      steady: readSpan(index.steady, entry),
    };
    return {
      source: index.sources[entry] as string,
      stamp: this.#stampOf(entry),
      hash: this.hashOf(entry),
      record,
    };
  }

  #stampOf(entry: number): FileStamp | null {
    const n = this.#index.sources.length;
    return entry < n
      ? readStamp(this.#index.stamps, entry)
      : readStamp(this.#index.skipped[entry - n]?.stamp ?? [], 0);
  }
}

/**
 * The index of `entries` (published posts in the bundle's order), in `version` and the store of
 * `token`; `places` says where each published post's text is.
 */
export function writeIndex(
  entries: Iterable<CacheEntry>,
  places: Map<ArticleText, TextPlace>,
  version: string,
  token: string,
): StoredIndex {
  const index: StoredIndex = {
    version,
    token,
    skipped: [],
    sources: [],
    hashes: [],
    stamps: [],
    dates: [],
    pathHashes: [],
    categories: [],
    categoryPaths: [],
    images: [],
    imageCounts: [],
    problems: {},
    steady: [],
    texts: [],
    textHashes: [],
  };
  const categoryPaths = new Map<string, number>();
  // Records read from an index share its category paths: most are found by identity, unstringified.
  const known = new Map<string[], number>();
  for (const { source, stamp, hash, record } of entries) {
    if ("skip" in record) {
      index.skipped.push({ source, stamp: writeStamp(stamp), hash, skip: record.skip });
      continue;
    }
    const place = places.get(record.text);
    if (place === undefined) throw new Error(`build: post cache: no place for the text of ${source}`);
    const position = index.sources.length;
    index.sources.push(source);
    index.hashes.push(hash);
    const [size, mtimeMs, ctimeMs, ino] = writeStamp(stamp);
    index.stamps.push(size, mtimeMs, ctimeMs, ino);
    index.dates.push(record.date);
    index.pathHashes.push(record.pathHash);
    let category = known.get(record.categories);
    if (category === undefined) {
      const path = JSON.stringify(record.categories);
      category = categoryPaths.get(path) ?? index.categoryPaths.push(record.categories) - 1;
      categoryPaths.set(path, category);
      known.set(record.categories, category);
    }
    index.categories.push(category);
    for (const [key, url] of record.images) index.images.push(key, url);
    index.imageCounts.push(record.images.length);
    if (record.problems.length > 0) index.problems[position] = record.problems;
    index.steady.push(record.steady.from, record.steady.until);
    index.texts.push(place[0], place[1]);
    index.textHashes.push(record.text.hash);
  }
  return index;
}

/** True when every column holds as many values as `n` posts need (an index is never half written). */
function hasColumnsOf(index: StoredIndex, n: number): boolean {
  const { hashes, stamps, dates, pathHashes, categories, imageCounts, steady, texts, textHashes } = index;
  return (
    [hashes, dates, pathHashes, categories, imageCounts, textHashes].every((column) => column.length === n) &&
    stamps.length === 4 * n &&
    steady.length === 2 * n &&
    texts.length === 2 * n &&
    index.images.length === 2 * imageCounts.reduce((sum, count) => sum + count, 0) &&
    Array.isArray(index.skipped)
  );
}

function writeStamp(stamp: FileStamp | null): [number, number, number, number] {
  return stamp === null ? [-1, -1, -1, -1] : [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino];
}

/** The stamp of entry `entry` of a column of stamps. */
function readStamp(stamps: number[], entry: number): FileStamp | null {
  const at = 4 * entry;
  const size = stamps[at] ?? -1;
  if (size === -1) return null;
  return { size, mtimeMs: stamps[at + 1] ?? -1, ctimeMs: stamps[at + 2] ?? -1, ino: stamps[at + 3] ?? -1 };
}

function readPlace(texts: number[], entry: number): TextPlace {
  return [texts[2 * entry], texts[2 * entry + 1]] as TextPlace;
}

function readSpan(
  steady: Array<number | null>,
  entry: number,
): { from: number | null; until: number | null } {
  return { from: steady[2 * entry] ?? null, until: steady[2 * entry + 1] ?? null };
}
