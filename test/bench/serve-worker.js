/**
 * The worker of `npm run bench:serve`: the product's app over `.build/bundle.js`, plus bench-only
 * routes under `/__bench/`, so that every figure comes from one script in one runtime. Product code
 * has no bench routes; `wrangler deploy --dry-run test/bench/serve-worker.js` bundles this instead.
 * (JavaScript, not TypeScript: test/tsconfig.json checks test/ with Node's types, not workerd's.)
 *
 * - `/__bench/ceiling/<format>`: a fixed body, the very bytes the app answers for the site's 20-item
 *   feed in that format and the request's Accept-Encoding (taken once from the app), as a bare
 *   Response with all the app's headers, sent as they are when the app's were already encoded (its
 *   stored gzip) and encoded by the runtime when the app's were: what this runtime can serve at
 *   most for that feed, with none of the app's work.
 * - `/__bench/ceiling-compressing/<format>`: the feed's plain bytes as a fixed body with the
 *   headers of the app's answer (its Content-Encoding, gzip for `br, gzip`), which the runtime
 *   encodes as it sends them: what this runtime can serve at most when every answer is compressed
 *   on its way out, as a render with the cache cold must be.
 * - `/__bench/render/<format>?limit=100&runs=200`: renders the site's feed page `runs` times and
 *   answers 204. workerd's clock stands still while JavaScript runs, so the client times it.
 * - with the binding `BENCH_NO_CACHE` = "1", the app keeps no rendered response in memory and has
 *   no Cache API (`caches` is hidden from it), so that every feed request renders, and no emulated
 *   edge cache (Miniflare's, in JavaScript, in the same process) is timed with it.
 */
import bundle from "../../.build/bundle.js";
import { createApp } from "../../src/worker/app.ts";
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
    const acceptEncoding = request.headers.get("accept-encoding") ?? "";
    const key = `${arg} ${acceptEncoding}`;
    let feed = fixed.get(key);
    if (feed === undefined) {
      const answer = await feedAnswer(request, env, ctx, arg, acceptEncoding);
      const body = new Uint8Array(await answer.arrayBuffer());
      const encoding = answer.headers.get("content-encoding");
      // Read back, a body the runtime is to encode is plain; stored gzip bytes start with 1f 8b.
      const manual = encoding === "gzip" && body[0] === 0x1f && body[1] === 0x8b;
      // Every header the app sends (validators, caching, security, CORS), so the ceiling writes as
      // many bytes a response; Content-Length is the runtime's to set, as it is for the app's.
      const headers = [...answer.headers].filter(([name]) => name !== "content-length");
      feed = { body, headers, manual };
      fixed.set(key, feed);
    }
    return new Response(feed.body, {
      headers: feed.headers,
      encodeBody: feed.manual ? "manual" : "automatic",
    });
  }
  if (route === "ceiling-compressing") {
    const acceptEncoding = request.headers.get("accept-encoding") ?? "";
    const key = `compressing ${arg} ${acceptEncoding}`;
    let feed = fixed.get(key);
    if (feed === undefined) {
      const answer = await feedAnswer(request, env, ctx, arg, acceptEncoding);
      await answer.body?.cancel();
      const plain = await feedAnswer(request, env, ctx, arg, "identity");
      const headers = [...answer.headers].filter(([name]) => name !== "content-length");
      feed = { body: new Uint8Array(await plain.arrayBuffer()), headers };
      fixed.set(key, feed);
    }
    return new Response(feed.body, { headers: feed.headers });
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

/** The app's answer for the site's feed in `format`, to a client sending `acceptEncoding`. */
function feedAnswer(request, env, ctx, format, acceptEncoding) {
  const url = new URL(`/${FEED_FORMATS[format].file}`, request.url);
  return appOf(env).fetch(new Request(url, { headers: { "accept-encoding": acceptEncoding } }), env, ctx);
}
