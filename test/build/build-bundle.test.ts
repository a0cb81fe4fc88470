import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildBundle, serializeBundle } from "../../src/build/build-bundle.ts";
import type { Article, Bundle } from "../../src/model.ts";

const dir = mkdtempSync(join(tmpdir(), "edgefeed-bundle-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Evaluates a serialized bundle the way the worker gets it: as an ES module. */
async function load(text: string, name: string): Promise<unknown> {
  const path = join(dir, `${name}.mjs`);
  writeFileSync(path, text);
  return (await import(pathToFileURL(path).href)).default;
}

const AWKWARD = `it's a "quote", a \\ backslash, \\' both, line\nbreaks\r\n, \u2028 and \u2029, </script>, 😀, \u0001`;

function article(html: string): Article {
  return {
    id: "abc",
    title: AWKWARD,
    author: "",
    date: "2021-08-20T06:36:14Z",
    dated: true,
    category: 0,
    summary: AWKWARD,
    image: null,
    html,
    source: "a/b.md",
  };
}

function parts() {
  return {
    articles: [article(`<p class="x">${AWKWARD}</p>`), article("<p>正文</p>")],
    categories: [{ label: "", path: [], parent: -1, children: [], articles: [0, 1] }],
    images: new Map([["k.jpg", "https://example.com/a.jpg?x='1'"]]),
    allowLoopbackImages: false,
  };
}

describe("serializeBundle", () => {
  it("gives a module whose default export is the bundle, whatever its strings hold", async () => {
    const bundle = buildBundle(parts());
    expect(await load(serializeBundle(bundle), "built")).toEqual(bundle);
  });

  it("writes the same text for a bundle from buildBundle and for a plain copy of it", async () => {
    const bundle = buildBundle(parts());
    const copy = JSON.parse(JSON.stringify(bundle)) as Bundle;
    expect(serializeBundle(bundle)).toBe(serializeBundle(copy));
    expect(await load(serializeBundle(copy), "copy")).toEqual(bundle);
  });

  it("holds no raw line terminator, so the string literal stays on one line", () => {
    const text = serializeBundle(buildBundle(parts()));
    expect(text.slice(0, -1)).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});
