import { readSync } from "node:fs";

/**
 * Part of a long text: bytes in memory, or a range of an open file that is read only when the text
 * is hashed or written. A rebuild's bundle is mostly ranges of the post cache's files: reading
 * them through one small buffer costs a copy, where reading whole files would also make the
 * process touch (and the system zero) a hundred megabytes of new memory.
 */
export type BytePiece = Uint8Array | FileRange;

/** `length` bytes of `file` from offset `at`. */
export interface FileRange {
  file: OpenFile;
  at: number;
  length: number;
}

/** A file open for reading; `fd` is -1 once closed, so a stale range fails rather than reading another file. */
export interface OpenFile {
  fd: number;
  path: string;
}

/** Bytes read at a time, at most; ranges of the same file that follow one another are read at once. */
const WINDOW_BYTES = 4 * 2 ** 20;

/** The length of a piece in bytes. */
export function measureBytePiece(piece: BytePiece): number {
  return piece instanceof Uint8Array ? piece.byteLength : piece.length;
}

/**
 * Calls `use` with the bytes of the pieces, in order, a batch at a time. The arrays of a batch are
 * valid only until `use` returns (the next batch is read into the same memory).
 */
export function forEachBatch(pieces: BytePiece[], use: (batch: Uint8Array[]) => void): void {
  let window: Buffer | undefined;
  let batch: Uint8Array[] = [];
  let used = 0;
  let run: FileRange | null = null;
  let runOffset = 0;
  const readRun = () => {
    if (run === null) return;
    readFully(run, (window as Buffer).subarray(runOffset, runOffset + run.length));
    run = null;
  };
  const flush = () => {
    readRun();
    if (batch.length > 0) use(batch);
    batch = [];
    used = 0;
  };
  for (const piece of pieces) {
    if (piece instanceof Uint8Array) {
      batch.push(piece);
      continue;
    }
    window ??= Buffer.allocUnsafeSlow(WINDOW_BYTES);
    if (piece.length > window.length) {
      flush();
      for (let at = 0; at < piece.length; at += window.length) {
        const part = { ...piece, at: piece.at + at, length: Math.min(window.length, piece.length - at) };
        readFully(part, window.subarray(0, part.length));
        use([window.subarray(0, part.length)]);
      }
      continue;
    }
    if (used + piece.length > window.length) flush();
    if (run === null || run.file !== piece.file || run.at + run.length !== piece.at) {
      readRun();
      run = { ...piece, length: 0 };
      runOffset = used;
    }
    run.length += piece.length;
    batch.push(window.subarray(used, used + piece.length));
    used += piece.length;
  }
  flush();
}

/** The pieces joined in one buffer. */
export function joinBytePieces(pieces: BytePiece[]): Buffer {
  const joined = Buffer.allocUnsafe(pieces.reduce((sum, piece) => sum + measureBytePiece(piece), 0));
  let at = 0;
  forEachBatch(pieces, (batch) => {
    for (const bytes of batch) {
      joined.set(bytes, at);
      at += bytes.byteLength;
    }
  });
  return joined;
}

function readFully(range: FileRange, into: Uint8Array): void {
  for (let done = 0; done < range.length; ) {
    const read = readSync(range.file.fd, into, done, range.length - done, range.at + done);
    if (read === 0) throw new Error(`build: ${range.file.path}: ends before byte ${range.at + range.length}`);
    done += read;
  }
}
