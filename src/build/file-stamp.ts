import { statSync } from "node:fs";

/**
 * What the file system says of a file without reading it. Any write changes the modification or
 * the change time (the latter cannot be set back, even by `touch -d`), and a file replaced by
 * another changes its inode, so the same stamp means the same bytes, unless a write came within
 * the clock's resolution of the stamp (see `isSettled`).
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** The stamp of the file at `path` (following symbolic links, as reading it does). */
export function readFileStamp(path: string): FileStamp {
  const { size, mtimeMs, ctimeMs, ino } = statSync(path);
  return { size, mtimeMs, ctimeMs, ino };
}

/** True when two stamps are the same; no stamp (null) is the same only as no stamp. */
export function isSameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/**
 * Writes may be this far apart and still leave the same times: file systems keep them in ticks of
 * the kernel's coarse clock (milliseconds), FAT in 2 s steps, and a network file system stamps by
 * its own clock.
 */
const CLOCK_SLACK_MS = 2_000;

/**
 * True when a file last changed well before `readAt`, the time it was read: another write in the
 * same clock tick as the last one would leave the same stamp on different bytes (git's "racily
 * clean" entries), so the stamp of a file read so soon after a write does not vouch for its bytes.
 */
export function isSettled(stamp: FileStamp, readAt: number): boolean {
  return Math.max(stamp.mtimeMs, stamp.ctimeMs) < readAt - CLOCK_SLACK_MS;
}
