/**
 * `npm run bench:serve [-- --duration 5] [--connections 8] [--rounds 2] [--runs 1000]
 *   [--formats rss,atom,json] [--encodings "identity;br, gzip"] [--render-only]`
 *
 * Not a test: it prints two tables.
 *
 * Load: builds the corpus (`CORPUS_DIR`, default ../shared/corpus) and bundles the worker as
 * `wrangler deploy --dry-run` does, with test/bench/serve-worker.js as the entry (the product's app
 * plus bench-only routes). Runs it in Miniflare on a loopback socket straight to the worker (not
 * through Miniflare's entry worker, which re-encodes bodies as Cloudflare's front line would) and
 * loads it with autocannon, a bounded number of connections for a fixed time, for three answers:
 *
 * - ceiling: the bytes the app answers for the site's 20-item feed as a fixed body, a bare Response
 *   (no app), encoded the same way: sent as they are where the app sends its stored gzip bytes;
 * - rendered: the 20-item feed with both cache tiers off (a worker whose app keeps nothing in memory
 *   and sees no Cache API), so that every request renders (and, for a client that accepts gzip,
 *   compresses);
 * - cached: the 20-item feed, the same URL again and again, answered by the in-memory tier;
 * - ceiling, compressing (when the client accepts an encoding): the feed's plain bytes as a fixed
 *   body with the app's headers, which the runtime compresses as it sends it: the ceiling of an
 *   answer that must be compressed on every request, as a render with the cache cold is. No target.
 *
 * With `Accept-Encoding: identity` the figures are the worker's own work. `br, gzip` is what
 * Cloudflare's front line sends every worker, whatever the client asked.
 *
 * Each answer is loaded once a round, the order rotating from round to round; the best round of
 * each is reported. Latency percentiles are computed from every response's own time.
 *
 * Alongside requests/s, workerd's own CPU time per request (all its threads, from /proc), which
 * other load on a shared machine inflates far less than requests/s; its ratio to the ceiling's is
 * the requests/s ratio the worker would reach were workerd the only thing running.
 *
 * Render CPU: the largest feed (the whole site's, limit 100) rendered in Node from the same bundle,
 * median CPU time over many warm runs; cross-checked in workerd, whose clock stands still while
 * JavaScript runs, by its CPU time for a request that renders the feed 200 times, less one that
 * renders it once.
 *
 * Targets (the feed worker issue): rendered >= 80% of the ceiling's requests/s, cached >= 90%,
 * render CPU for the 100-item feed < 2 ms.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { serializeBundle } from "../../src/build/build-bundle.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { readBuildSettings } from "../../src/build/read-build-settings.ts";
import type { Article, Bundle } from "../../src/model.ts";
import { readSettings } from "../../src/site.ts";
import { FEED_FORMATS, type FeedFormat } from "../../src/worker/feed-formats.ts";
import { renderFeed } from "../../src/worker/render-feed.ts";
import { indexSite } from "../../src/worker/site-index.ts";
import { corpusDir, PROJECT_ROOT } from "../corpus-dir.ts";
import { answerDifferences, rawAnswer } from "../e2e/raw-answer.ts";
import { cpuMilliseconds, medianCpuMilliseconds } from "./cpu-time.ts";
import { loadServer } from "./load-server.ts";
import { median } from "./median.ts";
import { printTable } from "./print-table.ts";
import {
  bundleWorker,
  type RunningWorker,
  removeScript,
  startWorker,
  type WorkerScript,
  wranglerVars,
} from "./worker-script.ts";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "8" },
    rounds: { type: "string", default: "2" },
    runs: { type: "string", default: "1000" },
    formats: { type: "string", default: "rss,atom,json" },
    encodings: { type: "string", default: "identity;br, gzip" },
    "render-only": { type: "boolean", default: false },
  },
});
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const ROUNDS = Number(args.rounds);
const RUNS = Number(args.runs);
const FORMATS = (args.formats ?? "").split(",") as FeedFormat[];
const ENCODINGS = (args.encodings ?? "").split(";");

/** One load run: requests/s, latency percentiles in milliseconds, workerd's CPU per request. */
interface Load {
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
  cpuUs: number;
}

async function load(
  worker: RunningWorker,
  path: string,
  acceptEncoding: string,
  duration: number,
): Promise<Load> {
  const url = `${worker.url}${path}`;
  const times: number[] = [];
  let bytes = 0;
  const headers = { "accept-encoding": acceptEncoding };
  const options = { url, connections: CONNECTIONS, duration, headers };
  const { result, cpuUs } = await loadServer(options, worker.pid, (status, size, ms) => {
    if (status === 200) times.push(ms);
    bytes = size;
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `bench: ${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return { rps: result.requests.total / result.duration, p50: at(0.5), p99: at(0.99), bytes, cpuUs };
}

/** The site's origin in every link the bench's feeds hold. */
const BASE_URL = "https://edgefeed.example";

/**
 * The worker on a direct socket (see startWorker). Miniflare's Cache API is a no-op (`cache: false`);
 * without `cache`, the app has neither cache tier. `BASE_URL` is set, as on a deployed site, so that
 * the links in a feed do not name the worker's port and both workers answer the same bytes.
 */
function startServeWorker(script: WorkerScript, cache: boolean): Promise<RunningWorker> {
  const bindings = { BASE_URL, BENCH_NO_CACHE: cache ? "" : "1" };
  return startWorker(script, { bindings, cache: false });
}

/** Articles the corpus itself published (before `withSiteFeedOf` adds copies). */
let corpusArticles = 0;

function buildCorpusBundle(): Bundle {
  const settings = readBuildSettings(join(PROJECT_ROOT, "wrangler.toml"));
  const { bundle } = buildSite({
    contentDir: corpusDir(),
    timeZone: settings.timeZone,
    allowLoopbackImages: false,
    now: new Date(),
  });
  corpusArticles = bundle.articles.length;
  // Through JSON, as the worker gets it: flat strings, no shared structure with the build.
  return withSiteFeedOf(LARGEST_FEED, JSON.parse(JSON.stringify(bundle)) as Bundle);
}

/** FEED_MAX_ITEMS's default: the largest page a feed request may ask for. */
const LARGEST_FEED = 100;

/**
 * The bundle with at least `count` articles in the site's feed: when the corpus has fewer, its
 * oldest articles again, as copies with ids of their own, after the others (so the first pages of
 * every feed are the corpus's own).
 */
function withSiteFeedOf(count: number, bundle: Bundle): Bundle {
  const site = bundle.categories[0];
  if (site === undefined) throw new Error("bench: the bundle has no root category");
  const missing = count - site.articles.length;
  for (let i = 0; i < missing; i++) {
    const original = bundle.articles[site.articles[site.articles.length - 1 - i] as number] as Article;
    site.articles.push(bundle.articles.length);
    bundle.articles.push({ ...original, id: `${original.id}-copy` });
  }
  return bundle;
}

/** Median CPU milliseconds of one render of the site's feed, `limit` items, in this process. */
function renderCpu(
  bundle: Bundle,
  format: FeedFormat,
  limit: number,
): { ms: number; bytes: number; items: number } {
  const site = indexSite(bundle);
  const settings = readSettings(wranglerVars());
  const request = { category: 0, format, paging: { page: 1, limit }, baseUrl: BASE_URL };
  let body = "";
  for (let i = 0; i < Math.max(50, RUNS / 5); i++) body = renderFeed(site, settings, request)?.body ?? "";
  const ms = medianCpuMilliseconds(RUNS, () => renderFeed(site, settings, request));
  const items = Math.min(limit, bundle.categories[0]?.articles.length ?? 0);
  return { ms, bytes: Buffer.byteLength(body), items };
}

/**
 * Per-render CPU milliseconds in workerd: a request rendering `runs` times, less one rendering once,
 * by workerd's CPU time.
 */
async function renderInWorkerd(worker: RunningWorker, format: FeedFormat, limit: number): Promise<number> {
  const runs = 200;
  const time = async (n: number) => {
    const start = cpuMilliseconds(worker.pid);
    const response = await fetch(`${worker.url}/__bench/render/${format}?limit=${limit}&runs=${n}`);
    await response.arrayBuffer();
    if (response.status !== 204) throw new Error(`bench: render route answered ${response.status}`);
    return cpuMilliseconds(worker.pid) - start;
  };
  await time(runs); // warm-up
  const many: number[] = [];
  const one: number[] = [];
  for (let i = 0; i < 5; i++) {
    one.push(await time(1));
    many.push(await time(runs));
  }
  return (median(many) - median(one)) / (runs - 1);
}

/**
 * Fails unless the ceiling's answer is, on the wire, the rendered and the cached answers' (Date
 * aside): the same status, headers and bytes, so that the ceiling costs the transport what they do.
 * Returns a line saying what the ceiling sends.
 */
async function checkCeiling(
  cachedWorker: RunningWorker,
  renderingWorker: RunningWorker,
  format: FeedFormat,
  encoding: string,
): Promise<string> {
  const path = `/${FEED_FORMATS[format].file}`;
  const headers = { "accept-encoding": encoding };
  const ceiling = await rawAnswer(`${cachedWorker.url}/__bench/ceiling/${format}`, headers);
  for (const [name, worker] of [
    ["rendered", renderingWorker],
    ["cached", cachedWorker],
  ] as const) {
    const differences = answerDifferences(ceiling, await rawAnswer(`${worker.url}${path}`, headers));
    if (differences.length > 0) {
      throw new Error(
        `bench: ${path}, Accept-Encoding ${JSON.stringify(encoding)}: the ${name} answer is not the ceiling's: ${differences.join("; ")}`,
      );
    }
  }
  const contentEncoding = ceiling.headers["content-encoding"];
  const how =
    contentEncoding === undefined
      ? "plain"
      : contentEncoding === "gzip" && ceiling.body[0] === 0x1f && ceiling.body[1] === 0x8b
        ? "gzip bytes sent as they are"
        : `${contentEncoding}, encoded by the runtime`;
  const headerNames = Object.keys(ceiling.headers).length;
  return `${format}, ${JSON.stringify(encoding)}: ${ceiling.status}, ${headerNames} headers, ${ceiling.body.byteLength} body bytes, ${how}`;
}

function verdict(met: boolean): string {
  return met ? "met" : "NOT MET";
}

const bundle = buildCorpusBundle();
console.error(`bench: ${corpusArticles} corpus articles; bundling the bench worker...`);
const script = await bundleWorker(serializeBundle(bundle), "test/bench/serve-worker.js");
try {
  const cachedWorker = await startServeWorker(script, true);
  const renderingWorker = await startServeWorker(script, false);
  try {
    const ceilingNotes: string[] = [];
    const loadRows: string[][] = [
      [
        "answer",
        "Accept-Encoding",
        "bytes read",
        "requests/s",
        "p50 ms",
        "p99 ms",
        "of ceiling",
        "workerd CPU us/req",
        "ceiling CPU / CPU",
        "target",
      ],
    ];
    for (const encoding of args["render-only"] ? [] : ENCODINGS) {
      for (const format of FORMATS) {
        const path = `/${FEED_FORMATS[format].file}`;
        ceilingNotes.push(await checkCeiling(cachedWorker, renderingWorker, format, encoding));
        const runs: Record<string, { worker: RunningWorker; path: string; results: Load[] }> = {
          ceiling: { worker: cachedWorker, path: `/__bench/ceiling/${format}`, results: [] },
          rendered: { worker: renderingWorker, path, results: [] },
          cached: { worker: cachedWorker, path, results: [] },
        };
        if (encoding !== "identity") {
          const compressing = `/__bench/ceiling-compressing/${format}`;
          runs["ceiling, compressing"] = { worker: cachedWorker, path: compressing, results: [] };
        }
        const names = Object.keys(runs);
        for (let round = 0; round < ROUNDS; round++) {
          for (let i = 0; i < names.length; i++) {
            const run = runs[names[(i + round) % names.length] as string];
            if (run === undefined) continue;
            await load(run.worker, run.path, encoding, Math.min(2, DURATION)); // warm-up: JIT, cache
            run.results.push(await load(run.worker, run.path, encoding, DURATION));
          }
        }
        const best = (results: Load[]) => results.reduce((a, b) => (b.rps > a.rps ? b : a));
        const leastCpu = (results: Load[]) => Math.min(...results.map((r) => r.cpuUs));
        const ceiling = best(runs.ceiling?.results ?? []);
        const ceilingCpu = leastCpu(runs.ceiling?.results ?? []);
        const compressingResults = runs["ceiling, compressing"]?.results;
        const compressing = compressingResults === undefined ? undefined : best(compressingResults);
        for (const name of names) {
          const results = runs[name]?.results ?? [];
          const result = best(results);
          const cpu = leastCpu(results);
          const share = result.rps / ceiling.rps;
          const target = name === "rendered" ? 0.8 : name === "cached" ? 0.9 : 0;
          loadRows.push([
            `${format}, 20 items: ${name}`,
            encoding,
            String(result.bytes),
            result.rps.toFixed(0),
            result.p50.toFixed(2),
            result.p99.toFixed(2),
            `${(100 * share).toFixed(0)}%`,
            cpu.toFixed(0),
            `${((100 * ceilingCpu) / cpu).toFixed(0)}%`,
            target === 0
              ? ""
              : `>= ${100 * target}%: ${verdict(share >= target)} (CPU: ${verdict(ceilingCpu / cpu >= target)})` +
                (name === "rendered" && compressing !== undefined
                  ? `; ${((100 * result.rps) / compressing.rps).toFixed(0)}% of the compressing ceiling`
                  : ""),
          ]);
        }
      }
    }
    const renderRows: string[][] = [
      ["feed", "items", "bytes", "Node CPU ms (median)", "workerd CPU ms", "target < 2 ms"],
    ];
    for (const format of FORMATS) {
      const node = renderCpu(bundle, format, LARGEST_FEED);
      const workerd = await renderInWorkerd(renderingWorker, format, LARGEST_FEED);
      renderRows.push([
        `site ${format}, limit ${LARGEST_FEED}`,
        String(node.items),
        String(node.bytes),
        node.ms.toFixed(3),
        workerd.toFixed(3),
        node.ms < 2 ? "met" : "NOT MET",
      ]);
    }
    console.log(
      `Load: Miniflare on loopback, autocannon ${CONNECTIONS} connections x ${DURATION} s, best of ${ROUNDS} rounds (Node ${process.version})`,
    );
    printTable(loadRows);
    if (ceilingNotes.length > 0) {
      console.log(
        "\nCeiling: the app's own answer to GET /<feed> for that Accept-Encoding (status, every header," +
          " body bytes), replayed by the same worker on the same socket as a fixed Response, with none of" +
          " the app's work (routing, middleware, cache lookup, rendering, compressing). Checked equal on" +
          " the wire, Date aside, to the rendered and cached answers before the runs:",
      );
      for (const note of ceilingNotes) console.log(`  ${note}`);
      console.log(
        "'ceiling, compressing': the same headers, the plain bytes as the fixed body, compressed by the" +
          " runtime on every request: the most an answer that must be compressed each time can reach. No target.",
      );
    }
    const copies = Math.max(0, LARGEST_FEED - corpusArticles);
    console.log(
      `\nRender CPU of the largest feed (the site's, limit ${LARGEST_FEED}; the corpus's ${corpusArticles} articles` +
        `${copies > 0 ? ` and copies of its ${copies} oldest` : ""}): median of ${RUNS} warm runs`,
    );
    printTable(renderRows);
  } finally {
    await cachedWorker.stop();
    await renderingWorker.stop();
  }
} finally {
  removeScript(script);
}
