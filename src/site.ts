/**
 * Site settings: the one place for their names, defaults and validation.
 *
 * Operators set them in `wrangler.toml` `[vars]`. The worker reads them from its `env`; the build
 * reads the same `[vars]` (and the process environment, which overrides them), so both sides agree.
 */

/** Every setting, parsed. */
export interface Settings {
  /** SITE_TITLE: the site's name in feeds and pages. */
  siteTitle: string;
  /** SITE_DESCRIPTION: one line under the title and in each feed's description. */
  siteDescription: string;
  /** BASE_URL: absolute origin for every link (`https://news.example.com`); null = request's origin. */
  baseUrl: string | null;
  /** LANGUAGE: BCP 47 tag for feeds and pages. */
  language: string;
  /** TIME_ZONE: IANA zone for dates written without one, and for dates shown on pages. */
  timeZone: string;
  /** FEED_ITEMS: items per feed page when the request has no `limit`. */
  feedItems: number;
  /** FEED_MAX_ITEMS: the largest `limit` a request may ask for. */
  maxFeedItems: number;
  /** PAGE_ITEMS: articles per HTML listing page. */
  pageItems: number;
  /** BROWSER_TTL: `max-age` (seconds) of feeds and pages: how long readers and browsers reuse them. */
  browserTtl: number;
  /** EDGE_TTL: `s-maxage` (seconds): how long the edge cache keeps a rendered feed or page. */
  edgeTtl: number;
  /** IMAGE_REFERERS: JSON object, image host -> the `Referer` the proxy sends to it. Empty by default. */
  imageReferers: Record<string, string>;
}

/** The defaults, documented in README.md. */
export const DEFAULT_SETTINGS: Settings = {
  siteTitle: "Edgefeed",
  siteDescription: "",
  baseUrl: null,
  language: "zh-CN",
  timeZone: "UTC",
  feedItems: 20,
  maxFeedItems: 100,
  pageItems: 20,
  browserTtl: 300,
  edgeTtl: 86_400,
  imageReferers: {},
};

/** Raised for a setting that cannot be used; the message names the setting and its value. */
export class SettingsError extends Error {
  override name = "SettingsError";
}

type Vars = Readonly<Record<string, unknown>>;

/**
 * Parses settings from `[vars]`-shaped input, applying defaults for missing or empty values.
 *
 * @example
 * readSettings({ SITE_TITLE: "今日新闻", FEED_ITEMS: "30" }).feedItems // 30
 * @throws SettingsError naming the setting and the bad value.
 */
export function readSettings(vars: Vars): Settings {
  const d = DEFAULT_SETTINGS;
  const feedItems = readInteger(vars, "FEED_ITEMS", d.feedItems, 1, 1000);
  const maxFeedItems = readInteger(vars, "FEED_MAX_ITEMS", d.maxFeedItems, 1, 1000);
  if (feedItems > maxFeedItems) {
    throw new SettingsError(
      `setting FEED_ITEMS (${feedItems}) is larger than FEED_MAX_ITEMS (${maxFeedItems})`,
    );
  }
  return {
    siteTitle: readString(vars, "SITE_TITLE") ?? d.siteTitle,
    siteDescription: readString(vars, "SITE_DESCRIPTION") ?? d.siteDescription,
    baseUrl: readBaseUrl(vars),
    language: readLanguage(vars),
    timeZone: readTimeZone(vars),
    feedItems,
    maxFeedItems,
    pageItems: readInteger(vars, "PAGE_ITEMS", d.pageItems, 1, 200),
    browserTtl: readInteger(vars, "BROWSER_TTL", d.browserTtl, 0, 31_536_000),
    edgeTtl: readInteger(vars, "EDGE_TTL", d.edgeTtl, 0, 31_536_000),
    imageReferers: readImageReferers(vars),
  };
}

function readString(vars: Vars, name: string): string | undefined {
  const value = vars[name];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") {
    throw new SettingsError(`setting ${name} must be a string, not ${JSON.stringify(value)}`);
  }
  return value.trim() || undefined;
}

function readInteger(vars: Vars, name: string, fallback: number, min: number, max: number): number {
  const raw = vars[name];
  if (raw === undefined || raw === null || raw === "") return fallback;
  const text = String(raw).trim();
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new SettingsError(
      `setting ${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

function readBaseUrl(vars: Vars): string | null {
  const raw = readString(vars, "BASE_URL");
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SettingsError(`setting BASE_URL is not an absolute URL (${JSON.stringify(raw)})`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SettingsError(`setting BASE_URL must be http(s) (${JSON.stringify(raw)})`);
  }
  // Feeds append paths to it, so keep a path prefix but never a trailing slash.
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

function readLanguage(vars: Vars): string {
  const raw = readString(vars, "LANGUAGE") ?? DEFAULT_SETTINGS.language;
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(raw)) {
    throw new SettingsError(`setting LANGUAGE is not a language tag like zh-CN (${JSON.stringify(raw)})`);
  }
  return raw;
}

function readTimeZone(vars: Vars): string {
  const raw = readString(vars, "TIME_ZONE") ?? DEFAULT_SETTINGS.timeZone;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: raw }).resolvedOptions().timeZone;
  } catch {
    throw new SettingsError(
      `setting TIME_ZONE is not an IANA time zone like Asia/Shanghai (${JSON.stringify(raw)})`,
    );
  }
}

function readImageReferers(vars: Vars): Record<string, string> {
  const raw = vars.IMAGE_REFERERS;
  if (raw === undefined || raw === null || raw === "") return {};
  let parsed: unknown = raw;
  if (typeof raw === "string") {
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new SettingsError(`setting IMAGE_REFERERS is not JSON (${JSON.stringify(raw)})`);
    }
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new SettingsError(
      `setting IMAGE_REFERERS must be an object of host -> referer (${JSON.stringify(raw)})`,
    );
  }
  const referers: Record<string, string> = {};
  for (const [host, referer] of Object.entries(parsed)) {
    if (typeof referer !== "string" || !/^https?:\/\//.test(referer)) {
      throw new SettingsError(
        `setting IMAGE_REFERERS: the referer for ${JSON.stringify(host)} must be an http(s) URL (${JSON.stringify(referer)})`,
      );
    }
    referers[host.toLowerCase()] = referer;
  }
  return referers;
}
