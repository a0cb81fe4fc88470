import {
  closeSync,
  existsSync,
  ftruncateSync,
  linkSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writevSync,
} from "node:fs";
import { dirname } from "node:path";
import { type BytePiece, forEachBatch } from "./byte-pieces.ts";

/**
 * Writes a file from pieces to a temporary name beside it first, so that a reader never sees half
 * a file, nor a build that failed half way.
 */
export function writeAtomically(path: string, pieces: BytePiece[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writePieces(temporary, "w", pieces);
  renameSync(temporary, path);
}

/**
 * Writes a file atomically as `writeAtomically` does, but into `spare` (the file that `path` held
 * before the last write, on the same file system) where there is one, and keeps the file it
 * replaces as the next spare. Writing over a file's pages and keeping the old file costs a fraction
 * of making a new file of tens of megabytes and freeing the old one. A reader that keeps the file
 * open across two writes would see the second one's bytes: for outputs read whole, like bundle.js.
 */
export function replaceFile(path: string, spare: string, pieces: BytePiece[]): void {
  mkdirSync(dirname(path), { recursive: true });
  mkdirSync(dirname(spare), { recursive: true });
  const target = existsSync(spare) ? spare : `${path}.${process.pid}.tmp`;
  writePieces(target, target === spare ? "r+" : "w", pieces);
  const next = `${spare}.next`;
  rmSync(next, { force: true });
  let kept = true;
  try {
    linkSync(path, next);
  } catch {
    kept = false; // no file yet, or a file system without hard links: the old file is let go
  }
  renameSync(target, path);
  if (kept) renameSync(next, spare);
}

/** Appends pieces to a file. */
export function appendPieces(path: string, pieces: BytePiece[]): void {
  writePieces(path, "a", pieces);
}

/**
 * Writes the pieces a batch at a time, each in one `writev` (never joined in one buffer), from the
 * start of the file (`w`, `r+`: the file is cut where they end) or at its end (`a`).
 */
function writePieces(path: string, flags: "w" | "r+" | "a", pieces: BytePiece[]): void {
  const fd = openSync(path, flags);
  try {
    let position = 0;
    forEachBatch(pieces, (batch) => {
      const expected = batch.reduce((sum, bytes) => sum + bytes.byteLength, 0);
      // libuv writes in runs of IOV_MAX buffers and resumes after short writes; check it did.
      const written = flags === "a" ? writevSync(fd, batch) : writevSync(fd, batch, position);
      if (written !== expected) throw new Error(`build: ${path}: wrote ${written} of ${expected} bytes`);
      position += written;
    });
    if (flags === "r+") ftruncateSync(fd, position);
  } finally {
    closeSync(fd);
  }
}
