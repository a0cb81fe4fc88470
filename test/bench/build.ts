/**
 * `npm run bench:build [-- --posts 1000,10000] [--rounds 3] [--startup-runs 5] [--seed 1] [--no-startup]`
 *
 * Not a test: it prints a table. For each N, writes N synthetic posts in the corpus's shapes, then:
 *
 * - full build: `npm run build` (src/build/cli.ts) from an empty cache, and the floor: read each
 *   file, gray-matter, linkedom parse and serialize. Each in a child process of its own (peak RSS is
 *   its own), alternating floor-build, build-floor over the rounds so both see the same machine. The
 *   best of each is reported, as noise on a shared machine only ever adds time; both in wall-clock
 *   time and in CPU time (user + system, all threads), which other load inflates far less.
 * - rebuild: after a full build, one post's body changes and the build runs again with its cache,
 *   once a round (a different post each time); best time again.
 * - the bundle's bytes per article, and the worker as `wrangler deploy --dry-run` bundles it over
 *   that bundle: script size, raw and gzip, and startup (see `measureStartup`).
 *
 * Targets (the build issue): full build >= 50% of the floor's rate; rebuild after one change >= 20x
 * faster than the full build. Cloudflare's limits: startup ("to parse and execute its global
 * scope") <= 1 s; worker size <= 64 MiB.
 */
import { execFile } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, promisify } from "node:util";
import { findPosts } from "../../src/build/find-posts.ts";
import { PROJECT_ROOT } from "../corpus-dir.ts";
import { printTable } from "./print-table.ts";
import { writeSyntheticPosts } from "./synthetic-posts.ts";
import { bundleWorker, measureStartup, removeScript, type StartupTimes } from "./worker-script.ts";

const run = promisify(execFile);

const { values: args } = parseArgs({
  options: {
    posts: { type: "string", default: "1000,10000" },
    rounds: { type: "string", default: "3" },
    "startup-runs": { type: "string", default: "5" },
    seed: { type: "string", default: "1" },
    "no-startup": { type: "boolean", default: false },
  },
});
const COUNTS = (args.posts ?? "").split(",").map((n) => Number(n.replaceAll("_", "")));
const ROUNDS = Number(args.rounds);
const STARTUP_RUNS = Number(args["startup-runs"]);

interface PhaseResult {
  /** Wall-clock and CPU milliseconds. */
  ms: number;
  cpuMs: number;
  articles: number;
  maxRssKiB: number;
}

/** Runs one phase in a fresh Node process (see build-phase.ts). */
async function phase(name: "build" | "floor", contentDir: string, outDir = ""): Promise<PhaseResult> {
  const script = join(PROJECT_ROOT, "test", "bench", "build-phase.ts");
  const { stdout, stderr } = await run(
    process.execPath,
    ["--import", "tsx", script, name, contentDir, outDir],
    { cwd: PROJECT_ROOT, env: { ...process.env, CI: "true" }, maxBuffer: 256 << 20 },
  );
  const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as PhaseResult;
  if (name === "build") {
    const built = /built (\d+) articles/.exec(stderr);
    if (built === null) throw new Error(`bench: the build printed no summary:\n${stderr.slice(-2000)}`);
    result.articles = Number(built[1]);
  }
  return result;
}

/** The least wall-clock and the least CPU time over the rounds; the most memory. */
function best(results: PhaseResult[]): PhaseResult {
  return {
    ms: Math.min(...results.map((r) => r.ms)),
    cpuMs: Math.min(...results.map((r) => r.cpuMs)),
    articles: results[0]?.articles ?? 0,
    maxRssKiB: Math.max(...results.map((r) => r.maxRssKiB)),
  };
}

interface Row {
  posts: number;
  floor: PhaseResult;
  full: PhaseResult;
  rebuild: PhaseResult;
  bundleBytes: number;
  script?: { bytes: number; gzipBytes: number } & StartupTimes;
  times: string;
}

async function benchmark(count: number): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), "edgefeed-bench-build-"));
  try {
    const content = join(dir, "posts");
    writeSyntheticPosts(content, count, Number(args.seed));
    // Read every file once so that no phase pays for the disk and the page cache is warm for all.
    for (const source of findPosts(content)) readFileSync(join(content, source));

    const floors: PhaseResult[] = [];
    const fulls: PhaseResult[] = [];
    const out = join(dir, "out");
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (["floor", "build"] as const) : (["build", "floor"] as const);
      for (const name of order) {
        if (name === "floor") floors.push(await phase("floor", content));
        else {
          rmSync(out, { recursive: true, force: true }); // an empty cache: a full build
          fulls.push(await phase("build", content, out));
        }
      }
    }
    const rebuilds: PhaseResult[] = [];
    const sources = findPosts(content);
    for (let round = 0; round < ROUNDS; round++) {
      // One post's body changes (a different post each round); every other post is as cached.
      const post = sources[Math.floor(((round + 0.5) * sources.length) / ROUNDS)] as string;
      appendFileSync(join(content, post), `\n<p>edited in round ${round}</p>\n`);
      rebuilds.push(await phase("build", content, out));
    }
    const bundlePath = join(out, "bundle.js");
    const row: Row = {
      posts: count,
      floor: best(floors),
      full: best(fulls),
      rebuild: best(rebuilds),
      bundleBytes: statSync(bundlePath).size,
      times: [
        `floor ${floors.map(wallAndCpu).join(", ")}`,
        `full ${fulls.map(wallAndCpu).join(", ")}`,
        `rebuild ${rebuilds.map(wallAndCpu).join(", ")}`,
      ].join("; "),
    };
    if (!args["no-startup"]) {
      const script = await bundleWorker(readFileSync(bundlePath, "utf8"));
      try {
        const startup = await measureStartup(script, STARTUP_RUNS);
        row.script = { bytes: script.bytes, gzipBytes: script.gzipBytes, ...startup };
      } finally {
        removeScript(script);
      }
    }
    return row;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function seconds(result: PhaseResult, clock: "ms" | "cpuMs" = "ms"): string {
  return `${(result[clock] / 1000).toFixed(2)} s`;
}

function wallAndCpu(result: PhaseResult): string {
  return `${seconds(result)} (CPU ${seconds(result, "cpuMs")})`;
}

function rate(result: PhaseResult, clock: "ms" | "cpuMs"): number {
  return result.articles / (result[clock] / 1000);
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

function printRows(rows: Row[]): void {
  const lines: [string, ...string[]][] = [["posts", ...rows.map((r) => r.posts.toLocaleString("en-US"))]];
  for (const [clock, name] of [
    ["ms", "wall"],
    ["cpuMs", "CPU"],
  ] as const) {
    lines.push(
      [`floor: articles/s (${name})`, ...rows.map((r) => rate(r.floor, clock).toFixed(0))],
      [`full build: articles/s (${name})`, ...rows.map((r) => rate(r.full, clock).toFixed(0))],
      [
        `  full / floor (${name}; target >= 50%)`,
        ...rows.map((r) => `${((100 * rate(r.full, clock)) / rate(r.floor, clock)).toFixed(0)}%`),
      ],
      [`full build (${name})`, ...rows.map((r) => seconds(r.full, clock))],
      [`rebuild, 1 post changed (${name})`, ...rows.map((r) => seconds(r.rebuild, clock))],
      [
        `  full / rebuild (${name}; target >= 20x)`,
        ...rows.map((r) => `${(r.full[clock] / r.rebuild[clock]).toFixed(1)}x`),
      ],
    );
  }
  lines.push(
    ["peak RSS: floor", ...rows.map((r) => mib(r.floor.maxRssKiB * 1024))],
    ["peak RSS: full build", ...rows.map((r) => mib(r.full.maxRssKiB * 1024))],
    ["peak RSS: rebuild", ...rows.map((r) => mib(r.rebuild.maxRssKiB * 1024))],
    ["bundle.js", ...rows.map((r) => mib(r.bundleBytes))],
    ["bundle bytes / article", ...rows.map((r) => (r.bundleBytes / r.full.articles).toFixed(0))],
  );
  if (rows.every((r) => r.script !== undefined)) {
    const s = (r: Row) => r.script as NonNullable<Row["script"]>;
    lines.push(
      ["worker script (limit 64 MiB)", ...rows.map((r) => mib(s(r).bytes))],
      ["worker script, gzip", ...rows.map((r) => mib(s(r).gzipBytes))],
      ["startup CPU, workerd (limit 1 s)", ...rows.map((r) => ms(s(r).workerdCpu))],
      ["  same, wall clock", ...rows.map((r) => ms(s(r).workerdWall))],
      ["  trivial worker's own CPU", ...rows.map((r) => ms(s(r).trivialCpu))],
      ["startup CPU, Node import()", ...rows.map((r) => ms(s(r).nodeImportCpu))],
    );
  }
  printTable(lines);
}

const rows: Row[] = [];
for (const count of COUNTS) {
  console.error(`bench: ${count} posts...`);
  rows.push(await benchmark(count));
}
console.log(
  `Build benchmark (Node ${process.version}; best of ${ROUNDS} rounds, floor and build alternating; ` +
    `startup: median of ${STARTUP_RUNS})`,
);
printRows(rows);
for (const row of rows) console.log(`${row.posts} posts: ${row.times}`);
