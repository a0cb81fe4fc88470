/** What every page must satisfy, checked the same way for each renderer. */
import { expect } from "vitest";
import { STYLESHEET_PATH } from "../../../src/worker/pages/stylesheet.ts";
import { ORIGIN } from "./fixture.ts";
import { select } from "./select.ts";

/**
 * A complete document that the strict Content-Security-Policy lets through whole, and that loads
 * nothing from another origin: no script, no inline style, no foreign URL anywhere.
 */
export async function expectSafeDocument(page: string, language = "zh-CN"): Promise<void> {
  expect(page.startsWith("<!doctype html>\n")).toBe(true);
  expect(await select(page, "html")).toMatchObject([{ attrs: { lang: language } }]);
  const titles = await select(page, "head > title");
  expect(titles).toHaveLength(1);
  expect(titles[0]?.text).not.toBe("");
  expect(await select(page, 'meta[charset="utf-8"]')).toHaveLength(1);
  expect(await select(page, 'meta[name="viewport"]')).toMatchObject([
    { attrs: { content: "width=device-width, initial-scale=1" } },
  ]);
  expect(await select(page, 'meta[name="referrer"]')).toMatchObject([{ attrs: { content: "no-referrer" } }]);
  expect(await select(page, 'link[rel="stylesheet"]')).toMatchObject([{ attrs: { href: STYLESHEET_PATH } }]);

  expect(page).not.toMatch(/<script/i);
  expect(page).not.toMatch(/<style/i);
  expect(page).not.toMatch(/\sstyle\s*=/i);
  expect(page).not.toMatch(/\son[a-z]+\s*=/i);
  expect(page).not.toMatch(/(?:href|src)="\/\//i);
  for (const [url] of page.matchAll(/https?:\/\/[^\s"'<>]*/gi))
    expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
}

/** The feed autodiscovery links of a page, as [type, href] pairs. */
export async function readAlternates(page: string): Promise<[string | undefined, string | undefined][]> {
  return (await select(page, 'head > link[rel="alternate"]')).map(({ attrs }) => [attrs.type, attrs.href]);
}

/** The scope's three feeds as autodiscovery expects them: right types, absolute hrefs. */
export function alternatesOf(scopePath: string): [string, string][] {
  return [
    ["application/rss+xml", `${ORIGIN}${scopePath}rss.xml`],
    ["application/atom+xml", `${ORIGIN}${scopePath}atom.xml`],
    ["application/feed+json", `${ORIGIN}${scopePath}feed.json`],
  ];
}
