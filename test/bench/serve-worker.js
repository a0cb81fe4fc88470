/**
 * The worker of `npm run bench:serve`: the product's app over `.build/bundle.js`, plus bench-only
 * routes under `/__bench/`, so that every figure comes from one script in one runtime. Product code
 * has no bench routes; `wrangler deploy --dry-run test/bench/serve-worker.js` bundles this instead.
 * (JavaScript, not TypeScript: test/tsconfig.json checks test/ with Node's types, not workerd's.)
 *
 * - `/__bench/ceiling/<format>`: a fixed body, the bytes of the site's 20-item feed in that format
 *   (taken once from the app), as a bare Response with the same Content-Type and the Content-Encoding
 *   the app would pick for the request (the runtime then compresses it as it does the app's): what
 *   this runtime can serve at most for that feed, with none of the app's work.
 * - `/__bench/render/<format>?limit=100&runs=200`: renders the site's feed page `runs` times and
 *   answers 204. workerd's clock stands still while JavaScript runs, so the client times it.
 * - with the binding `BENCH_NO_CACHE` = "1", the app keeps no rendered response in memory and has
 *   no Cache API (`caches` is hidden from it), so that every feed request renders, and no emulated
 *   edge cache (Miniflare's, in JavaScript, in the same process) is timed with it.
 */
import bundle from "../../.build/bundle.js";
import { createApp } from "../../src/worker/app.ts";
import { pickEncoding } from "../../src/worker/content-encoding.ts";
import { FEED_FORMATS } from "../../src/worker/feed-formats.ts";
import { renderFeed } from "../../src/worker/render-feed.ts";
import { settingsOf } from "../../src/worker/settings.ts";
import { indexSite } from "../../src/worker/site-index.ts";

const BENCH = "/__bench/";
const fixed = new Map();
let app;
let site;

export default {
  fetch(request, env, ctx) {
    if (request.url.includes(BENCH)) return benchRoute(request, env, ctx);
    return appOf(env).fetch(request, env, ctx);
  },
};

function appOf(env) {
  if (app === undefined && env.BENCH_NO_CACHE === "1") {
    Object.defineProperty(globalThis, "caches", { value: undefined, configurable: true });
  }
  app ??= createApp(bundle, env.BENCH_NO_CACHE === "1" ? { memoryCacheBytes: 0 } : {});
  return app;
}

async function benchRoute(request, env, ctx) {
  const url = new URL(request.url);
  const [route = "", arg = ""] = url.pathname.slice(url.pathname.indexOf(BENCH) + BENCH.length).split("/");
  if (route === "ceiling") {
    let feed = fixed.get(arg);
    if (feed === undefined) {
      const identity = { headers: { "accept-encoding": "identity" } };
      const answer = await appOf(env).fetch(
        new Request(`${url.origin}/${FEED_FORMATS[arg].file}`, identity),
        env,
        ctx,
      );
      feed = { body: new Uint8Array(await answer.arrayBuffer()), type: answer.headers.get("content-type") };
      fixed.set(arg, feed);
    }
    const headers = { "content-type": feed.type };
    const encoding = pickEncoding(request.headers.get("accept-encoding") ?? "");
    if (encoding !== null) headers["content-encoding"] = encoding;
    return new Response(feed.body, { headers });
  }
  if (route === "render") {
    site ??= indexSite(bundle);
    const settings = settingsOf(env);
    const paging = { page: 1, limit: Number(url.searchParams.get("limit") ?? 100) };
    const request = { category: 0, format: arg, paging, baseUrl: "https://edgefeed.example" };
    let bytes = 0;
    for (let i = Number(url.searchParams.get("runs") ?? 1); i > 0; i--) {
      bytes = renderFeed(site, settings, request)?.body.length ?? 0;
    }
    return new Response(null, { status: 204, headers: { "x-body-length": String(bytes) } });
  }
  return new Response("no such bench route\n", { status: 404 });
}
