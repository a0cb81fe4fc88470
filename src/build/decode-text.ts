import { isUtf8 } from "node:buffer";
import type { FieldProblem } from "./problems.ts";

/** A file's text, or why it cannot be published. */
export type DecodedText =
  | { ok: true; text: string; problems: FieldProblem[] }
  | { ok: false; problem: FieldProblem };

/** Up to 3 invalid sequences are always dropped; more, only if there is at most 1 per 20 valid ones. */
const FEW_INVALID = 3;
const VALID_PER_INVALID = 20;
const OFFSETS_SHOWN = 5;

/**
 * Decodes a post file as strict UTF-8 (RFC 3629), strips a BOM and turns CRLF and lone CR into LF.
 *
 * A file with a few invalid byte sequences (at most 3, or at most 1 per 20 valid multi-byte
 * characters) is damaged UTF-8: the sequences are dropped and reported by byte offset. More than
 * that means another encoding (GBK, Latin-1), and dropping would lose text, so the file is skipped,
 * as is a file with NUL bytes (binary or UTF-16) and one that is empty or only whitespace.
 *
 * @example
 * decodeText(new TextEncoder().encode("\uFEFF---\r\ntitle: x\r\n")) // { ok: true, text: "---\ntitle: x\n", problems: [] }
 * decodeText(new Uint8Array([0x68, 0x00, 0x69])).ok // false: "is not text"
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) {
    return skip("is not text (it has NUL bytes, so it is binary or UTF-16)");
  }
  // Nearly every file is valid: a native check spares the byte-by-byte search for invalid sequences.
  const { invalid, validMultiByte } = isUtf8(bytes) ? VALID : findInvalidSequences(bytes);
  if (invalid.length > Math.max(FEW_INVALID, Math.floor(validMultiByte / VALID_PER_INVALID))) {
    return skip(`is not UTF-8 (${invalid.length} invalid byte sequences, at ${listOffsets(invalid)})`);
  }
  const decoded = decodeValid(bytes, invalid);
  const text = decoded.includes("\r") ? decoded.replace(/\r\n?/g, "\n") : decoded;
  if (text.trim() === "") return skip("is empty");
  const problems: FieldProblem[] =
    invalid.length === 0
      ? []
      : [
          {
            field: "file",
            value: "",
            message: `has ${invalid.length} byte sequences that are not UTF-8, at ${listOffsets(invalid)}; they were dropped`,
          },
        ];
  return { ok: true, text, problems };
}

interface Range {
  start: number;
  end: number;
}

const VALID: { invalid: Range[]; validMultiByte: number } = { invalid: [], validMultiByte: 0 };

/**
 * Finds ill-formed sequences as Unicode's "maximal subparts" (Unicode 15, §3.9, U+FFFD substitution),
 * the same units a browser's decoder replaces, so offsets match what other tools report.
 */
function findInvalidSequences(bytes: Uint8Array): { invalid: Range[]; validMultiByte: number } {
  const invalid: Range[] = [];
  let validMultiByte = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      validMultiByte += 1;
      i += length;
    } else {
      const end = i + Math.max(1, -length);
      invalid.push({ start: i, end });
      i = end;
    }
  }
  return { invalid, validMultiByte };
}

/**
 * The length of the well-formed sequence at `i` (RFC 3629 §4, Unicode Table 3-7), or minus the length
 * of its longest well-formed prefix (0 when the lead byte itself is invalid).
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number;
  let count: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) count = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    count = 2;
    if (lead === 0xe0) low = 0xa0; // overlong
    if (lead === 0xed) high = 0x9f; // surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    count = 3;
    if (lead === 0xf0) low = 0x90; // overlong
    if (lead === 0xf4) high = 0x8f; // above U+10FFFF
  } else return 0;
  for (let k = 1; k <= count; k += 1) {
    const byte = bytes[i + k];
    if (byte === undefined || byte < low || byte > high) return -k;
    low = 0x80;
    high = 0xbf;
  }
  return count + 1;
}

function decodeValid(bytes: Uint8Array, invalid: Range[]): string {
  // The decoder removes a leading BOM (WHATWG Encoding, "UTF-8 decode").
  const decoder = new TextDecoder("utf-8", { fatal: true });
  if (invalid.length === 0) return decoder.decode(bytes);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const range of invalid) {
    parts.push(bytes.subarray(from, range.start));
    from = range.end;
  }
  parts.push(bytes.subarray(from));
  const valid = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    valid.set(part, at);
    at += part.length;
  }
  return decoder.decode(valid);
}

function listOffsets(invalid: Range[]): string {
  const shown = invalid.slice(0, OFFSETS_SHOWN).map((range) => range.start);
  const more = invalid.length > OFFSETS_SHOWN ? ", …" : "";
  return `${invalid.length === 1 ? "byte" : "bytes"} ${shown.join(", ")}${more}`;
}

function skip(message: string): DecodedText {
  return { ok: false, problem: { field: "file", value: "", message: `${message}; the file is skipped` } };
}
