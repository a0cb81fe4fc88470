import { randomBytes } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { type BytePiece, type FileRange, measureBytePiece, type OpenFile } from "./byte-pieces.ts";
import { appendPieces, writeAtomically } from "./write-atomically.ts";

/** A store starts with this many bytes of its token. */
const TOKEN_BYTES = 16;

/** Where a text is in the store: offset and length. */
export type TextPlace = [number, number];

/**
 * A file of texts, appended to and read by range, that starts with a random token: the index that
 * points into it names the token, so an index never reads another store's bytes.
 */
export class TextStore {
  readonly #file: OpenFile;
  #size: number;

  /** The store's token, in hex. */
  readonly token: string;

  private constructor(file: OpenFile, size: number, token: string) {
    this.#file = file;
    this.#size = size;
    this.token = token;
  }

  /** Opens the store at `path` if it exists and starts with `token` (hex); else null. */
  static open(path: string, token: string): TextStore | null {
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch {
      return null;
    }
    const head = Buffer.alloc(TOKEN_BYTES);
    if (readSync(fd, head, 0, TOKEN_BYTES, 0) !== TOKEN_BYTES || head.toString("hex") !== token) {
      closeSync(fd);
      return null;
    }
    return new TextStore({ fd, path }, fstatSync(fd).size, token);
  }

  /**
   * Replaces the store at `path` with one of `texts` under a new token, atomically. Returns the
   * token (hex) and where each text is.
   */
  static write(path: string, texts: BytePiece[]): { token: string; places: TextPlace[] } {
    const token = randomBytes(TOKEN_BYTES);
    let at = TOKEN_BYTES;
    const places = texts.map((text): TextPlace => {
      const place: TextPlace = [at, measureBytePiece(text)];
      at += place[1];
      return place;
    });
    writeAtomically(path, [token, ...texts]);
    return { token: token.toString("hex"), places };
  }

  /** Bytes in the store: where the next text appended starts. */
  get size(): number {
    return this.#size;
  }

  /** `length` bytes from `at`, or null if the store is shorter. */
  range(at: number, length: number): FileRange | null {
    return at >= TOKEN_BYTES && at + length <= this.#size ? { file: this.#file, at, length } : null;
  }

  /** Appends texts at the end. The store's existing bytes never change, so its ranges stay good. */
  append(texts: BytePiece[]): void {
    appendPieces(this.#file.path, texts);
    for (const text of texts) this.#size += measureBytePiece(text);
  }

  /** Closes the file; its ranges can no longer be read. */
  close(): void {
    if (this.#file.fd === -1) return;
    closeSync(this.#file.fd);
    this.#file.fd = -1;
  }
}
