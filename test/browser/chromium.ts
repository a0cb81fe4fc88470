import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium, unless CHROMIUM_PATH names another binary. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/**
 * Chromium calls Google services on its own: no background networking, a proxy that refuses
 * everything (Chromium never proxies loopback) and a resolver that finds no host, so only
 * 127.0.0.1 stays reachable. Playwright passes `--headless`, `--no-sandbox` and a fresh
 * `--user-data-dir` (a new temporary profile per launch, removed on close) itself, and refuses a
 * `--user-data-dir` among `args`.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--no-first-run",
  "--proxy-server=http://127.0.0.1:9",
  // No shell between us and Chromium: the rules take no quotes.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

/**
 * Launches the system Chromium through playwright-core (which downloads no browser of its own).
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `test:browser: no Chromium at ${CHROMIUM_PATH}: install Debian's (apt-get install chromium fonts-noto-cjk) ` +
        "or set CHROMIUM_PATH",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
