import { type Context, Hono } from "hono";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import type { Bundle } from "../model.ts";
import { DEFAULT_SETTINGS, type Settings } from "../site.ts";
import { allowMethods } from "./allow-methods.ts";
import { cacheKey } from "./cache-key.ts";
import { conditionalGet } from "./conditional-get.ts";
import { contentEncoding } from "./content-encoding.ts";
import { executionContextOf } from "./execution-context.ts";
import { formatOfFile } from "./feed-formats.ts";
import { serveFeed, serveOpml } from "./feeds.ts";
import { serveArticlePage, serveFavicon, serveListingPage, serveStylesheet } from "./html-pages.ts";
import { imageProxy } from "./image-proxy/index.ts";
import { MemoryCache } from "./memory-cache.ts";
import { renderErrorPage, renderNotFoundPage, STYLESHEET_PATH } from "./pages/index.ts";
import { PagingError } from "./paging.ts";
import { requestBase } from "./request-base.ts";
import { responseCache } from "./response-cache.ts";
import { settingsOf } from "./settings.ts";
import { indexSite, resolveCategoryUrl, type SiteIndex } from "./site-index.ts";
import { type StoredResponse, storedSize } from "./stored-response.ts";

/** Options of {@link createApp}. */
export interface AppOptions {
  /** Bytes of rendered responses and small images kept in the isolate's memory (default 16 MiB). */
  memoryCacheBytes?: number;
}

/**
 * The worker: feeds, pages and the image proxy over one bundle.
 *
 * @example
 * export default createApp(bundle) satisfies ExportedHandler<Env>;
 */
export function createApp(bundle: Bundle, options: AppOptions = {}) {
  const site = indexSite(bundle);
  const app = new Hono<{ Bindings: Env }>();
  // One LRU for pages, feeds and images: one limit bounds all the isolate keeps.
  const memory = new MemoryCache<StoredResponse>(options.memoryCacheBytes ?? 16 << 20, storedSize);

  app.use("*", allowMethods(["GET", "HEAD", "OPTIONS"]));
  // Apps fetch feeds from browsers: let them, send validators, and read ETag and Last-Modified.
  app.use(
    "*",
    cors({
      origin: "*",
      allowMethods: ["GET", "HEAD", "OPTIONS"],
      allowHeaders: ["If-None-Match", "If-Modified-Since"],
      exposeHeaders: ["ETag", "Last-Modified"],
      maxAge: 86_400,
    }),
  );
  app.use("*", pageSecurity());
  app.use("*", conditionalGet());
  app.use("*", contentEncoding());
  app.use(
    "*",
    responseCache({
      memory,
      key: (c) => {
        const settings = settingsOf(c.env);
        return cacheKey(c, bundle.version, settings, requestBase(c, settings));
      },
    }),
  );

  app.get("/", (c) => serveListingPage(c, site, 0));
  app.get("/rss.xml", (c) => serveFeed(c, site, 0, "rss"));
  app.get("/atom.xml", (c) => serveFeed(c, site, 0, "atom"));
  app.get("/feed.json", (c) => serveFeed(c, site, 0, "json"));
  app.get("/opml.xml", (c) => serveOpml(c, site));
  app.get("/articles/:id", (c) => serveArticlePage(c, site, c.req.param("id")));
  app.get(STYLESHEET_PATH, () => serveStylesheet());
  app.get("/favicon.svg", () => serveFavicon());
  app.get("/favicon.ico", () => serveFavicon());
  app.get("/categories/*", (c) => serveCategory(c, site));
  const proxies = new WeakMap<object, Hono>();
  app.all("/img/*", (c) => {
    // The proxy's options come from the settings, which live in `env`: build it once per isolate.
    const env = c.env ?? {};
    let proxy = proxies.get(env);
    if (proxy === undefined) {
      const settings = settingsOf(c.env);
      // Loopback images are allowed only in a bundle built with EDGEFEED_ALLOW_LOOPBACK_IMAGES=1.
      const allowLoopback = bundle.allowLoopbackImages;
      const options = {
        images: bundle.images,
        allowLoopback,
        referers: settings.imageReferers,
        siteUrl: settings.baseUrl,
        memory,
      };
      proxy = new Hono().route("/img", imageProxy(options));
      proxies.set(env, proxy);
    }
    return proxy.fetch(c.req.raw, c.env, executionContextOf(c));
  });

  app.notFound((c) => answerError(c, site, 404, "这里没有这个页面。"));
  app.onError((error, c) => {
    if (error instanceof PagingError) return answerError(c, site, 400, error.message);
    if (error instanceof HTTPException) return answerError(c, site, error.status, error.message);
    console.error("worker:", error);
    return answerError(c, site, 500, "服务器出错了，请稍后再试。");
  });
  return app;
}

/** `/categories/<seg>/…/` is a category's page; `…/rss.xml`, `atom.xml`, `feed.json` its feeds. */
function serveCategory(c: Context, site: SiteIndex): Promise<Response> | Response {
  const found = resolveCategoryUrl(site, c.req.path);
  if (found !== null && found.file === "") return serveListingPage(c, site, found.category);
  const format = found === null ? undefined : formatOfFile(found.file);
  if (found !== null && format !== undefined) return serveFeed(c, site, found.category, format);
  // `/categories/金融` names a category without its trailing slash: send the reader to its page.
  if (resolveCategoryUrl(site, `${c.req.path}/`) !== null) {
    return c.redirect(`${c.req.path}/${new URL(c.req.url).search}`, 301);
  }
  return c.notFound();
}

/**
 * An error answer: a short page for people, short text where a program asked (feeds, OPML), so a
 * feed reader shows a readable reason.
 */
function answerError(
  c: Context,
  site: SiteIndex,
  status: 400 | 404 | 500 | number,
  message: string,
): Response {
  const wantsText = /\.(xml|json)$/.test(c.req.path);
  const headers = { "cache-control": "public, max-age=60" };
  if (wantsText) return c.text(`${message}\n`, status as 400, headers);
  const settings = settingsOrDefaults(c.env);
  const body =
    status === 404 ? renderNotFoundPage(site, settings, message) : renderErrorPage(settings, status, message);
  return c.html(body, status as 400, headers);
}

/** The settings, or the defaults when they are the error being answered: the page must still render. */
function settingsOrDefaults(env: Env | undefined): Settings {
  try {
    return settingsOf(env);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/**
 * Security headers for everything but the image proxy, which sets its own. Pages may load only our
 * own stylesheet and images: no script, no frames, no other origin. Feeds and images stay
 * loadable from other origins (feed readers' web views).
 */
function pageSecurity() {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      imgSrc: ["'self'"],
      styleSrc: ["'self'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
    crossOriginResourcePolicy: "cross-origin",
    referrerPolicy: "no-referrer",
    // HSTS belongs to the zone's settings: a worker on a custom domain should not decide it alone.
    strictTransportSecurity: false,
  });
  return async function pageSecurity(c: Context, next: () => Promise<void>) {
    if (c.req.path.startsWith("/img/")) return next();
    await headers(c, next);
    // Pages link images on BASE_URL; when a request arrives on another host (the workers.dev
    // address of a site with a custom domain), that origin is where its images come from.
    const base = settingsOrDefaults(c.env).baseUrl;
    const csp = c.res.headers.get("content-security-policy");
    if (base === null || csp === null) return;
    const origin = new URL(base).origin;
    if (origin !== new URL(c.req.url).origin) {
      c.res.headers.set("content-security-policy", csp.replace("img-src 'self'", `img-src 'self' ${origin}`));
    }
  };
}
