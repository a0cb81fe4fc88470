/**
 * How fast the image proxy serves from its cache, against the same images fetched directly from their
 * host. Not a test: it prints a table. `npm run bench:proxy` (optionally
 * `-- --connections 10 --duration 10 --images 24`).
 *
 * It starts the local image host (test/e2e/image-upstream.ts) in a Node process of its own, builds a
 * bundle of a few generated posts whose pictures live on that host (loopback allowed, as
 * EDGEFEED_ALLOW_LOOPBACK_IMAGES=1 does), bundles the worker as `wrangler deploy --dry-run` does, and
 * runs it in Miniflare with its Cache API, on a loopback socket straight to the worker, as
 * `npm run bench:serve` does: the figures are the worker's, not wrangler dev's (whose own cost per
 * request, some hundreds of requests/s, used to be all this measured). It warms the cache until no
 * request reaches the host, then loads, one after the other, with autocannon (a fixed number of
 * connections for a fixed time, each connection cycling through every image):
 *
 * - direct: the images from their host;
 * - from cache: the same images through the proxy;
 * - unknown key: image keys in no post (404 before any cache lookup or fetch), the worker's floor.
 *
 * Alongside requests/s, each server's CPU time per request (all its threads, from /proc): workerd's
 * for the proxy, the host's Node process's for direct. Everything runs on this machine over
 * loopback, sharing its cores with the load tool (the table names the load average before the runs):
 * the figures compare the two paths, they are not what Cloudflare serves.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { serializeBundle } from "../../src/build/build-bundle.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { toImageRef } from "../../src/build/image-ref.ts";
import { readBuildSettings } from "../../src/build/read-build-settings.ts";
import { PROJECT_ROOT } from "../corpus-dir.ts";
import { type ImagePost, writeImagePosts } from "../e2e/image-posts.ts";
import { type LoadRun, loadServer } from "./load-server.ts";
import { printTable } from "./print-table.ts";
import {
  bundleWorker,
  type RunningWorker,
  removeScript,
  startWorker,
  type WorkerScript,
} from "./worker-script.ts";

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

interface Row extends LoadRun {
  name: string;
}

async function main(): Promise<void> {
  const upstream = await startUpstream();
  const paths = Array.from({ length: IMAGES }, (_, i) => `/bench/${String(i).padStart(3, "0")}.png`);
  const contentDir = writeImagePosts(postsFor(upstream.url, paths));
  let script: WorkerScript | undefined;
  let worker: RunningWorker | undefined;
  try {
    console.error(`bench: bundling the worker over ${paths.length} images…`);
    script = await bundleWorker(buildBundle(contentDir));
    worker = await startWorker(script, { cache: true });
    const proxied = paths.map((path) => `/img/${toImageRef(`${upstream.url}${path}`).key}`);
    await warmCache(worker.url, proxied, upstream);

    const load1 = loadavg()[0] ?? 0;
    const direct = await load("direct from the upstream", upstream.url, paths, upstream.pid);
    const fetched = await upstream.proxyFetches();
    const cached = await load("through the proxy, from cache", worker.url, proxied, worker.pid);
    const reached = (await upstream.proxyFetches()) - fetched;
    const unknown = paths.map((_, i) => `/img/${i.toString(16).padStart(16, "0")}.png`);
    const floor = await load("the worker, unknown key (404)", worker.url, unknown, worker.pid);
    printReport([direct, cached, floor], reached, load1);
  } finally {
    await worker?.stop();
    if (script !== undefined) removeScript(script);
    await upstream.stop();
    rmSync(contentDir, { recursive: true, force: true });
  }
}

/** The local image host, in a Node process of its own so that it does not share the load tool's. */
interface Upstream {
  url: string;
  pid: number;
  /** Requests the host received from the proxy (the load tool's own carry no proxy User-Agent). */
  proxyFetches: () => Promise<number>;
  stop: () => Promise<void>;
}

const UPSTREAM_PROCESS = `
import { startImageUpstream } from ${JSON.stringify(join(PROJECT_ROOT, "test/e2e/image-upstream.ts"))};
const upstream = await startImageUpstream();
process.on("message", () => process.send(upstream.seen.filter(
  (r) => r.headers["user-agent"]?.startsWith("Edgefeed-ImageProxy/")).length));
process.on("disconnect", () => upstream.stop().then(() => process.exit(0)));
process.send(upstream.url);
`;

async function startUpstream(): Promise<Upstream> {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", UPSTREAM_PROCESS], {
    cwd: PROJECT_ROOT,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const url = await reply<string>(child);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  return {
    url,
    pid: child.pid as number,
    proxyFetches: () => {
      const answer = reply<number>(child);
      child.send("count");
      return answer;
    },
    stop: async () => {
      child.disconnect();
      await exited;
    },
  };
}

function reply<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once("message", (message) => resolve(message as T));
    child.once("exit", (code) => reject(new Error(`bench: the image host exited (${code})`)));
  });
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

/** The text of `.build/bundle.js` for the posts, as `EDGEFEED_ALLOW_LOOPBACK_IMAGES=1 npm run build` writes it. */
function buildBundle(contentDir: string): string {
  const settings = readBuildSettings(join(PROJECT_ROOT, "wrangler.toml"));
  const { bundle } = buildSite({
    contentDir,
    timeZone: settings.timeZone,
    allowLoopbackImages: true,
    now: new Date(),
  });
  return serializeBundle(bundle);
}

/**
 * Requests every image until a full round reaches the upstream no more: the proxy stores an image
 * after its response ends, so the first round fills the cache and a later one proves it full.
 */
async function warmCache(base: string, paths: string[], upstream: Upstream): Promise<void> {
  for (let round = 0; round < 50; round++) {
    const before = await upstream.proxyFetches();
    for (const path of paths) {
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`bench: ${path} answered ${res.status}`);
    }
    if (round > 0 && (await upstream.proxyFetches()) === before) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("bench: the proxy's cache never held every image");
}

/** A warm-up, then the measured run: every connection cycles through `paths`. */
async function load(name: string, base: string, paths: string[], serverPid: number): Promise<Row> {
  const options = {
    url: base,
    connections: CONNECTIONS,
    requests: paths.map((path) => ({ method: "GET" as const, path })),
  };
  await autocannon({ ...options, duration: WARMUP_S });
  console.error(`bench: ${name}: measuring ${DURATION_S} s with ${CONNECTIONS} connections…`);
  return { name, ...(await loadServer({ ...options, duration: DURATION_S }, serverPid)) };
}

function printReport(rows: Row[], reachedUpstream: number, load1: number): void {
  const header = ["", "requests/s", "p50 ms", "p99 ms", "requests", "non-2xx", "errors", "server CPU us/req"];
  const lines = rows.map(({ name, result, cpuUs }) => [
    name,
    result.requests.average.toFixed(0),
    result.latency.p50.toFixed(1),
    result.latency.p99.toFixed(1),
    String(result.requests.total),
    String(result.non2xx),
    String(result.errors + result.timeouts),
    cpuUs.toFixed(0),
  ]);
  console.log(
    `Image proxy from cache vs direct: ${IMAGES} PNGs, ${CONNECTIONS} connections, ${DURATION_S} s each, ` +
      `Miniflare on loopback, Node ${process.version}, ${cpus().length} cores, load average ${load1.toFixed(1)} before`,
  );
  printTable([header, ...lines]);
  const [direct = 0, cached = 0, floor = 0] = rows.map((row) => row.result.requests.average);
  const percent = (a: number, b: number) => `${((a / (b || 1)) * 100).toFixed(0)}%`;
  const verdict = cached >= TARGET * direct ? "meets" : "misses";
  console.log(`from cache / direct: ${percent(cached, direct)} (${verdict} the ${TARGET * 100}% target)`);
  console.log(`from cache / the worker's floor (unknown key): ${percent(cached, floor)}`);
  console.log(`requests that reached the upstream during the cached run: ${reachedUpstream}`);
}

await main();
