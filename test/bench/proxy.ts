/**
 * How fast the image proxy serves from the edge cache, against the same images fetched directly from
 * their host. Not a test: it prints a table. `npm run bench:proxy` (optionally
 * `-- --connections 10 --duration 10 --images 24`).
 *
 * It starts the local image host (test/e2e/image-upstream.ts) and the README's `npm start` with
 * EDGEFEED_ALLOW_LOOPBACK_IMAGES=1 over a few generated posts whose pictures live on that host, warms
 * the cache until no request reaches the host, then loads both with autocannon, one after the other:
 * a fixed number of connections for a fixed time, each connection cycling through every image. A third
 * run asks `npm start` for image keys in no post (404 before any cache lookup or fetch): wrangler dev's
 * own cost per request, the most the proxy could reach here.
 * Everything runs on this machine over loopback, so both sides share its cores with the load tool
 * (the table names the load average before the runs): the figures compare the two paths, they are
 * not what Cloudflare serves. wrangler's one log line per request is turned off (WRANGLER_LOG=warn):
 * it costs wrangler dev more than the worker's own work, and Cloudflare has no such cost.
 */
import { rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { toImageRef } from "../../src/build/image-ref.ts";
import { type DevServer, startDevServer } from "../e2e/dev-server.ts";
import { type ImagePost, writeImagePosts } from "../e2e/image-posts.ts";
import { type ImageUpstream, startImageUpstream } from "../e2e/image-upstream.ts";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "10" },
    duration: { type: "string", default: "10" },
    images: { type: "string", default: "24" },
  },
});
const [CONNECTIONS, DURATION_S, IMAGES] = [values.connections, values.duration, values.images].map(
  (value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1)
      throw new Error(`bench: ${value} is not a positive whole number`);
    return number;
  },
) as [number, number, number];
/** Seconds of load before each measured run, not counted: connections open, JIT and caches warm. */
const WARMUP_S = 2;
/** Cached throughput, as a share of direct, the proxy should reach. */
const TARGET = 0.8;

const IMAGES_PER_POST = 4;

interface Row {
  name: string;
  result: autocannon.Result;
}

async function main(): Promise<void> {
  const upstream = await startImageUpstream();
  const paths = Array.from({ length: IMAGES }, (_, i) => `/bench/${String(i).padStart(3, "0")}.png`);
  const contentDir = writeImagePosts(postsFor(upstream.url, paths));
  let server: DevServer | undefined;
  try {
    console.error(`bench: starting npm start over ${paths.length} images…`);
    server = await startDevServer({
      contentDir,
      env: { EDGEFEED_ALLOW_LOOPBACK_IMAGES: "1", WRANGLER_LOG: "warn" },
    });
    const proxied = paths.map((path) => `/img/${toImageRef(`${upstream.url}${path}`).key}`);
    await warmCache(server.url, proxied, upstream);

    const load1 = loadavg()[0] ?? 0;
    const direct = await load("direct from the upstream", upstream.url, paths);
    const fetched = proxyFetches(upstream);
    const cached = await load("through the proxy, from cache", server.url, proxied);
    const reached = proxyFetches(upstream) - fetched;
    const unknown = paths.map((_, i) => `/img/${i.toString(16).padStart(16, "0")}.png`);
    const floor = await load("npm start, unknown key (404)", server.url, unknown);
    printTable([direct, cached, floor], reached, load1);
  } finally {
    await server?.stop();
    await upstream.stop();
    rmSync(contentDir, { recursive: true, force: true });
  }
}

function postsFor(upstream: string, paths: string[]): ImagePost[] {
  const posts: ImagePost[] = [];
  for (let i = 0; i < paths.length; i += IMAGES_PER_POST) {
    posts.push({
      file: `bench-photos/post-${String(posts.length).padStart(4, "0")}.md`,
      title: `压测图集第 ${posts.length + 1} 组`,
      categories: ["图片", "压测图库"],
      date: new Date(Date.UTC(2022, 5, 1 + posts.length, 8)).toUTCString(),
      cover: "",
      images: paths.slice(i, i + IMAGES_PER_POST).map((path) => `${upstream}${path}`),
    });
  }
  return posts;
}

/**
 * Requests every image until a full round reaches the upstream no more: the proxy stores an image
 * after its response ends, so the first round fills the cache and a later one proves it full.
 */
async function warmCache(base: string, paths: string[], upstream: ImageUpstream): Promise<void> {
  for (let round = 0; round < 50; round++) {
    const before = upstream.seen.length;
    for (const path of paths) {
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`bench: ${path} answered ${res.status}`);
    }
    if (round > 0 && upstream.seen.length === before) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("bench: the proxy's cache never held every image");
}

/** Requests the upstream received from the proxy (the load tool's own carry no proxy User-Agent). */
function proxyFetches(upstream: ImageUpstream): number {
  return upstream.seen.filter((r) => r.headers["user-agent"]?.startsWith("Edgefeed-ImageProxy/")).length;
}

/** A warm-up, then the measured run: every connection cycles through `paths`. */
async function load(name: string, base: string, paths: string[]): Promise<Row> {
  const options = {
    url: base,
    connections: CONNECTIONS,
    requests: paths.map((path) => ({ method: "GET" as const, path })),
  };
  await autocannon({ ...options, duration: WARMUP_S });
  console.error(`bench: ${name}: measuring ${DURATION_S} s with ${CONNECTIONS} connections…`);
  const result = await autocannon({ ...options, duration: DURATION_S });
  return { name, result };
}

function printTable(rows: Row[], reachedUpstream: number, load1: number): void {
  const header = ["", "requests/s", "p50 ms", "p99 ms", "requests", "non-2xx", "errors"];
  const lines = rows.map(({ name, result }) => [
    name,
    result.requests.average.toFixed(0),
    result.latency.p50.toFixed(1),
    result.latency.p99.toFixed(1),
    String(result.requests.total),
    String(result.non2xx),
    String(result.errors + result.timeouts),
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...lines].map((line) => line[column]?.length ?? 0)),
  );
  const format = (line: string[]) =>
    line
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ");
  console.log(
    `Image proxy from cache vs direct: ${IMAGES} PNGs, ${CONNECTIONS} connections, ${DURATION_S} s each, ` +
      `Node ${process.version}, loopback, ${cpus().length} cores, load average ${load1.toFixed(1)} before`,
  );
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  const [direct = 0, cached = 0, floor = 0] = rows.map((row) => row.result.requests.average);
  const percent = (a: number, b: number) => `${((a / (b || 1)) * 100).toFixed(0)}%`;
  const verdict = cached >= TARGET * direct ? "meets" : "misses";
  console.log(`from cache / direct: ${percent(cached, direct)} (${verdict} the ${TARGET * 100}% target)`);
  console.log(`from cache / npm start's own cost per request: ${percent(cached, floor)}`);
  console.log(`requests that reached the upstream during the cached run: ${reachedUpstream}`);
}

await main();
