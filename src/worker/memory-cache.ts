/**
 * A least-recently-used map bounded by the total size of what it holds: the in-isolate tier in
 * front of the Cache API, for rendered responses and for images. An isolate lives for many
 * requests, and a hit here costs no subrequest at all.
 *
 * @example
 * const cache = new MemoryCache<ArrayBuffer>(16 << 20, (body) => body.byteLength);
 */
export class MemoryCache<V> {
  readonly #entries = new Map<string, V>();
  readonly #limit: number;
  readonly #sizeOf: (value: V) => number;
  #bytes = 0;

  constructor(limit: number, sizeOf: (value: V) => number) {
    this.#limit = limit;
    this.#sizeOf = sizeOf;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      // Map iteration follows insertion order: re-inserting marks the entry as most recent.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /** Remembers `value`, forgetting the least recently used entries beyond the limit. */
  set(key: string, value: V): void {
    const size = this.#sizeOf(value);
    if (size > this.#limit) return;
    this.delete(key);
    this.#entries.set(key, value);
    this.#bytes += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#limit) break;
      this.#entries.delete(oldest);
      this.#bytes -= this.#sizeOf(entry);
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= this.#sizeOf(entry);
  }
}
