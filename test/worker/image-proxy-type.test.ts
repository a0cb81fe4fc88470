import { describe, expect, it } from "vitest";
import {
  isImageType,
  mediaType,
  SNIFF_BYTES,
  shouldSniff,
  sniffImageType,
} from "../../src/worker/image-proxy/image-type.ts";
import { GIF, JPEG, PNG, SVG, WEBP } from "./fake-images.ts";

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === "string" ? [...part].map((c) => c.charCodeAt(0)) : part)),
  );

describe("sniffImageType", () => {
  it.each([
    ["a JPEG", JPEG, "image/jpeg"],
    ["a PNG", PNG, "image/png"],
    ["a GIF89a", GIF, "image/gif"],
    ["a GIF87a", bytes("GIF87a", [1, 0, 1, 0]), "image/gif"],
    ["a WebP", WEBP, "image/webp"],
    ["a BMP", bytes("BM", [0x36, 0, 0, 0]), "image/bmp"],
    ["an ICO", bytes([0, 0, 1, 0, 1, 0]), "image/x-icon"],
    ["a CUR", bytes([0, 0, 2, 0, 1, 0]), "image/x-icon"],
    ["an AVIF", bytes([0, 0, 0, 0x1c], "ftypavif", [0, 0, 0, 0]), "image/avif"],
    ["an AVIF sequence", bytes([0, 0, 0, 0x1c], "ftypavis"), "image/avif"],
    ["an SVG (text: never sniffed)", new TextEncoder().encode(SVG), null],
    ["HTML", bytes("<!doctype html><script>"), null],
    ["a RIFF that is not WebP (WAVE)", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "), null],
    ["an MP4 (ftyp, another brand)", bytes([0, 0, 0, 0x18], "ftypmp42"), null],
    ["a PNG signature cut short", PNG.subarray(0, 5), null],
    ["nothing", new Uint8Array(), null],
  ])("%s -> %s", (_name, head, type) => {
    expect(sniffImageType(head.subarray(0, SNIFF_BYTES))).toBe(type);
  });
});

describe("mediaType", () => {
  it.each([
    ["image/jpeg", "image/jpeg"],
    ["Image/JPEG; charset=binary", "image/jpeg"],
    ["  image/png  ", "image/png"],
    ["", ""],
    [null, ""],
  ])("%j -> %j", (header, type) => {
    expect(mediaType(header)).toBe(type);
  });
});

describe("isImageType", () => {
  it.each([
    ["image/jpeg", true],
    ["image/svg+xml", true],
    ["image/vnd.microsoft.icon", true],
    ["image/x-icon", true],
    ["image/", false],
    ["image", false],
    ["image/png, text/html", false],
    ["text/html", false],
    ["application/octet-stream", false],
    ["", false],
  ])("%j -> %s", (type, expected) => {
    expect(isImageType(type)).toBe(expected);
  });
});

describe("shouldSniff", () => {
  it.each([
    ["", true],
    ["application/octet-stream", true],
    ["binary/octet-stream", true],
    ["image/jpeg", false],
    ["text/plain", false],
  ])("%j -> %s", (type, expected) => {
    expect(shouldSniff(type)).toBe(expected);
  });
});
