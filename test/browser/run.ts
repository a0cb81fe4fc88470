/**
 * The browser test (`npm run test:browser`): the samples served by the real `npm start`, their
 * images moved to a local image host, visited by Debian's Chromium at phone and desktop widths,
 * light and dark. Writes screenshots to test/screenshots/ and exits with status 1, after listing
 * every failure, when a page logs a console error, requests another origin, scrolls sideways, loads
 * an image from anywhere but `/img/` (or fails to load one), declares a web font or renders Chinese
 * without a CJK font.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { PROJECT_ROOT } from "../corpus-dir.ts";
import { type DevServer, startDevServer } from "../e2e/dev-server.ts";
import { CHROMIUM_PATH, launchChromium } from "./chromium.ts";
import { imagesSettled, pageFacts, pageLinks } from "./in-page.ts";
import { type PictureHost, startPictureHost } from "./picture-host.ts";
import { copySamplesWithLocalImages } from "./sample-content.ts";

/** Where the screenshots go (gitignored), named `<page>-<width>[-dark].png`. */
export const SCREENSHOT_DIR = join(PROJECT_ROOT, "test", "screenshots");

const PHONE = 390;
const DESKTOP = 1280;

/** A window: its width, and light or dark. */
interface View {
  width: number;
  dark: boolean;
}

const VIEWS: View[] = [
  { width: PHONE, dark: false },
  { width: DESKTOP, dark: false },
  { width: PHONE, dark: true },
  { width: DESKTOP, dark: true },
];

// Samples (content/README.md) that make the checks real: a top-level category, a long article with
// a five-column table and long Java code blocks, and one with raw SVG markup in a <pre>.
const CATEGORY = "博客";
const ARTICLE = "订单履约链路的异步化改造实践";
const CODE_CATEGORY = "编程";
const CODE_ARTICLE = "CSS 也能做水波纹？聊聊 feTurbulence 滤镜";

// Families that have Chinese glyphs, as the stylesheet names them and as Linux reports them.
const CJK_FONT = /CJK|Source Han|PingFang|Hiragino|YaHei|WenQuanYi|Droid Sans Fallback/i;

/** One browser context (one view) and what it found so far. */
interface Tab {
  view: View;
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Which page is being checked, for the failure messages. */
  where: string;
  /** The status the next navigation must answer. */
  expectedStatus: number;
}

const failures: string[] = [];
const requestsByOrigin = new Map<string, number>();
const screenshots: string[] = [];
const notes = new Set<string>();
let pagesChecked = 0;

function fail(tab: Tab, what: string): void {
  failures.push(`[${tab.where}] ${what}`);
}

function viewName(view: View): string {
  return `${view.width}${view.dark ? "-dark" : ""}`;
}

async function openTab(browser: Browser, origin: string, view: View): Promise<Tab> {
  const phone = view.width === PHONE;
  const context = await browser.newContext({
    viewport: { width: view.width, height: phone ? 844 : 800 },
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
    colorScheme: view.dark ? "dark" : "light",
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
  const page = await context.newPage();
  // Generous: two cores shared with workerd and whatever else runs. (Once, with npm test running
  // beside it, one image took the worker 33 s to answer.)
  page.setDefaultTimeout(60_000);
  const tab: Tab = {
    view,
    context,
    page,
    cdp: await context.newCDPSession(page),
    where: viewName(view),
    expectedStatus: 200,
  };
  context.on("request", (request) => {
    const url = new URL(request.url());
    requestsByOrigin.set(url.origin, (requestsByOrigin.get(url.origin) ?? 0) + 1);
    if (url.origin !== origin) fail(tab, `request to another origin: ${request.method()} ${request.url()}`);
    else if (request.resourceType() === "image" && !url.pathname.startsWith("/img/")) {
      fail(tab, `image not requested through /img/: ${request.url()}`);
    }
    if (request.resourceType() === "font") fail(tab, `web font requested: ${request.url()}`);
  });
  context.on("requestfailed", (request) => {
    fail(tab, `request failed (${request.failure()?.errorText}): ${request.url()}`);
  });
  context.on("response", (response) => {
    if (response.request().isNavigationRequest()) {
      if (response.status() !== tab.expectedStatus) {
        fail(tab, `${response.url()} answered ${response.status()}, not ${tab.expectedStatus}`);
      }
      const csp = response.headers()["content-security-policy"] ?? "";
      if (!csp.includes("default-src 'none'")) {
        fail(tab, `${response.url()} came without the strict Content-Security-Policy (${csp || "none"})`);
      }
    } else if (response.status() >= 400) {
      fail(tab, `${response.url()} answered ${response.status()}`);
    }
  });
  // CSP violations ("Loading the image … violates …") and failed loads are console errors too.
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    const at = message.location().url;
    if (/status of 404\b/.test(message.text())) {
      // Chromium logs the 404 page's own status, which is what it should answer.
      if (tab.expectedStatus === 404 && at === page.url()) return;
    }
    fail(tab, `console ${message.type()}: ${message.text()} (${at})`);
  });
  page.on("pageerror", (error) => fail(tab, `page error: ${error.message}`));
  return tab;
}

/**
 * Goes to a page (`go`: a `goto` or a click), then checks it: see {@link checkPage}. A step that
 * cannot happen (a link missing) is a failure, and the journey stops there.
 */
async function visit(
  tab: Tab,
  name: string,
  go: (page: Page) => Promise<unknown>,
  options: { screenshot?: boolean; fontOf?: string; expectedStatus?: number; hasImages?: boolean } = {},
): Promise<boolean> {
  tab.where = `${name} ${viewName(tab.view)}`;
  tab.expectedStatus = options.expectedStatus ?? 200;
  try {
    await go(tab.page);
    await tab.page.waitForLoadState("load");
    const images = await checkPage(tab, options.fontOf);
    if (options.hasImages && images === 0) fail(tab, "shows no image, so the image checks checked nothing");
    if (options.screenshot) {
      const path = join(SCREENSHOT_DIR, `${name}-${viewName(tab.view)}.png`);
      await tab.page.screenshot({ path, fullPage: true });
      screenshots.push(relative(PROJECT_ROOT, path));
    }
    return true;
  } catch (error) {
    fail(tab, `could not finish: ${(error as Error).message.split("\n")[0]}`);
    return false;
  } finally {
    pagesChecked++;
  }
}

/**
 * Brings every image into view (they are lazy), waits for them, then checks the page: no sideways
 * scrolling, every image loaded from `/img/` on this origin, no `@font-face`, Chinese set in a CJK
 * font (the footer's, and `fontOf`'s).
 *
 * @returns how many images the page has
 */
async function checkPage(tab: Tab, fontOf?: string): Promise<number> {
  const { page, view } = tab;
  const origin = new URL(page.url()).origin;
  for (const image of await page.locator("img").all()) await image.scrollIntoViewIfNeeded();
  await page.waitForFunction(imagesSettled);
  await page.mouse.wheel(0, -1e6);
  const facts = await page.evaluate(pageFacts, view.width);
  if (!facts.lang.startsWith("zh")) fail(tab, `<html lang="${facts.lang}">, not Chinese`);
  if (facts.scrollWidth > facts.innerWidth || facts.scrollWidth > view.width) {
    fail(
      tab,
      `scrolls sideways: the page is ${facts.scrollWidth} px wide in a ${view.width} px window` +
        (facts.overflowing.length > 0 ? `; too wide: ${facts.overflowing.join(", ")}` : ""),
    );
  }
  for (const image of facts.images) {
    const url = image.currentSrc === "" ? null : new URL(image.currentSrc);
    if (url === null || url.origin !== origin || !url.pathname.startsWith("/img/")) {
      fail(
        tab,
        `<img src="${image.src}"> is not loaded through /img/ (${image.currentSrc || "nothing loaded"})`,
      );
    } else if (!image.complete || image.naturalWidth === 0) {
      fail(tab, `<img src="${image.src}"> did not load`);
    }
  }
  if (facts.fontFaces > 0) fail(tab, `the page declares ${facts.fontFaces} web font(s)`);
  for (const selector of [".site-footer", fontOf].filter((s) => s !== undefined)) {
    const fonts = await renderedFonts(tab.cdp, selector);
    if (!fonts.some((font) => CJK_FONT.test(font))) {
      fail(
        tab,
        `${selector} is not set in a CJK font (rendered with: ${fonts.join(", ") || "nothing"}); ` +
          "install fonts-noto-cjk",
      );
    }
    const web = fonts.filter((font) => font.endsWith("(web font)"));
    if (web.length > 0) fail(tab, `${selector} uses web fonts: ${web.join(", ")}`);
  }
  return facts.images.length;
}

/** The platform fonts Chromium drew `selector`'s text with (DevTools' "Rendered Fonts"). */
async function renderedFonts(cdp: CDPSession, selector: string): Promise<string[]> {
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  if (nodeId === 0) throw new Error(`no ${selector} on the page`);
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  return fonts.map((font) => `${font.familyName}${font.isCustomFont ? " (web font)" : ""}`);
}

/**
 * What a reader does: the home page, a category from the tree, an article from it; the code-heavy
 * article through its category; a missing article. Screenshots of each.
 */
async function journey(tab: Tab, origin: string): Promise<void> {
  const shot = { screenshot: true, fontOf: "main h1, main h2", hasImages: true };
  if (!(await visit(tab, "home", (page) => page.goto(`${origin}/`), shot))) return;
  const inTree = (page: Page, label: string) =>
    page
      .locator(".category-tree a")
      .filter({ hasText: new RegExp(`^${label}$`) })
      .first()
      .click();
  const article = (page: Page, title: string) => page.getByRole("link", { name: title, exact: true }).click();
  if (!(await visit(tab, "category", (page) => inTree(page, CATEGORY), shot))) return;
  await visit(tab, "article", (page) => article(page, ARTICLE), shot);
  if (!(await visit(tab, "home", (page) => page.goto(`${origin}/`)))) return;
  if (!(await visit(tab, "code-category", (page) => inTree(page, CODE_CATEGORY)))) return;
  await visit(tab, "article-code", (page) => article(page, CODE_ARTICLE), shot);
  await visit(tab, "not-found", (page) => page.goto(`${origin}/articles/no-such-article`), {
    ...shot,
    hasImages: false,
    expectedStatus: 404,
  });
}

/** Every page linked from the home page, transitively (feeds and images aside), each checked. */
async function crawl(tab: Tab, origin: string): Promise<number> {
  const queue = ["/"];
  const seen = new Set(queue);
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const target = `${origin}${path}`;
    if (!(await visit(tab, `crawl ${decodeURI(path)}`, (page) => page.goto(target)))) continue;
    for (const href of await tab.page.evaluate(pageLinks)) {
      const url = new URL(href, target);
      const next = url.pathname + url.search;
      if (url.origin !== origin || /\.(xml|json)$/.test(url.pathname) || url.pathname.startsWith("/img/")) {
        continue;
      }
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen.size;
}

async function main(): Promise<number> {
  // Last run's screenshots and report go; nothing else in the folder does.
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const name of readdirSync(SCREENSHOT_DIR)) {
    if (name.endsWith(".png") || name === "report.txt") rmSync(join(SCREENSHOT_DIR, name));
  }
  let upstream: PictureHost | undefined;
  let contentDir: string | undefined;
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanUp = () => {
    cleaning ??= (async () => {
      await browser?.close().catch(() => {});
      await server?.stop();
      await upstream?.stop();
      if (contentDir !== undefined) rmSync(contentDir, { recursive: true, force: true });
    })();
    return cleaning;
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }
  try {
    upstream = await startPictureHost();
    contentDir = copySamplesWithLocalImages(upstream.url);
    console.log(`test:browser: npm start with the samples, images from ${upstream.url}`);
    server = await startDevServer({ contentDir, env: { EDGEFEED_ALLOW_LOOPBACK_IMAGES: "1" } });
    console.log(`test:browser: ${server.url}; Chromium ${CHROMIUM_PATH}`);
    browser = await launchChromium();
    console.log(`test:browser: Chromium ${browser.version()}`);
    let crawled = 0;
    for (const view of VIEWS) {
      const tab = await openTab(browser, server.url, view);
      await journey(tab, server.url);
      if (view.width === PHONE && !view.dark) crawled = await crawl(tab, server.url);
      await tab.context.close();
    }
    if (upstream.seen.length === 0) failures.push("no image request reached the local image host");
    console.log(
      `test:browser: checked ${pagesChecked} page loads (${crawled} pages crawled at ${PHONE} px); ` +
        `requests by origin: ${[...requestsByOrigin].map(([o, n]) => `${o} ${n}`).join(", ")}`,
    );
    console.log(`test:browser: screenshots:\n  ${screenshots.join("\n  ")}`);
  } catch (error) {
    failures.push(`${(error as Error).stack ?? error}`);
  } finally {
    await cleanUp();
  }
  const lines = [...notes].map((note) => `test:browser: note: ${note}`);
  if (failures.length === 0) lines.push("test:browser: ok");
  else lines.push(`test:browser: ${failures.length} failure(s):`, ...failures.map((f) => `  ${f}`));
  console[failures.length === 0 ? "log" : "error"](lines.join("\n"));
  // The same, and everything npm start printed, beside the screenshots (for CI to keep).
  const output = server?.output() ?? "";
  writeFileSync(
    join(SCREENSHOT_DIR, "report.txt"),
    `${lines.join("\n")}\n\n--- npm start printed:\n${output}`,
  );
  if (failures.length === 0) return 0;
  console.error(
    `--- npm start printed (last 40 lines; all of it in ${relative(PROJECT_ROOT, SCREENSHOT_DIR)}/report.txt):`,
  );
  console.error(output.split("\n").slice(-40).join("\n"));
  return 1;
}

process.exitCode = await main();
