/**
 * One timed phase of `npm run bench:build`, run in a child process of its own so that its peak
 * memory is its own. Prints one line of JSON: `{ ms, cpuMs, articles, maxRssKiB }`: wall-clock and
 * CPU time (user + system, every thread of the process) of the phase's work.
 *
 *   node --import tsx test/bench/build-phase.ts build <contentDir> <outDir>
 *   node --import tsx test/bench/build-phase.ts floor <contentDir>
 *
 * `build` is `npm run build` itself: src/build/cli.ts with CONTENT_DIR and `--out`, run from the
 * project root (it reads wrangler.toml there). The modules the CLI imports are loaded first, so the
 * clock covers the CLI's work (find, read, clean, bundle, write, save the cache), not module loading.
 *
 * `floor` is what any build must do at least: read each file the build reads, parse its front matter
 * with gray-matter, and parse and serialize its body with linkedom, as the cleaner parses it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DOMParser } from "linkedom";
import { findPosts } from "../../src/build/find-posts.ts";
import { cpuMillisecondsSince } from "./cpu-time.ts";
import { floorFrontMatterBody } from "./floor-front-matter.ts";

const [phase, contentDir, outDir] = process.argv.slice(2);
if (contentDir === undefined) throw new Error("usage: build-phase.ts build|floor <contentDir> [<outDir>]");

let result: { ms: number; cpuMs: number; articles: number };
if (phase === "build") result = await runBuild(contentDir, outDir ?? "");
else if (phase === "floor") result = runFloor(contentDir);
else throw new Error(`build-phase: no phase ${phase}`);
const maxRssKiB = process.resourceUsage().maxRSS;
process.stdout.write(`${JSON.stringify({ ...result, maxRssKiB })}\n`);

/** `articles` is -1: the CLI's summary line on stderr tells it. */
async function runBuild(dir: string, out: string): Promise<{ ms: number; cpuMs: number; articles: number }> {
  // Load what cli.ts imports first: importing cli.ts then runs `main()` and little else.
  await Promise.all([
    import("../../src/build/build-bundle.ts"),
    import("../../src/build/build-site.ts"),
    import("../../src/build/post-cache.ts"),
    import("../../src/build/problems.ts"),
    import("../../src/build/read-build-settings.ts"),
  ]);
  process.chdir(fileURLToPath(new URL("../..", import.meta.url)));
  process.env.CONTENT_DIR = dir;
  process.argv = [process.argv[0] as string, "src/build/cli.ts", "--out", out];
  const start = performance.now();
  const cpu = process.cpuUsage();
  await import("../../src/build/cli.ts");
  const ms = performance.now() - start;
  const cpuMs = cpuMillisecondsSince(cpu);
  if (process.exitCode !== 0) throw new Error(`build-phase: the build failed (${process.exitCode})`);
  return { ms, cpuMs, articles: -1 };
}

function runFloor(dir: string): { ms: number; cpuMs: number; articles: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const sources = findPosts(dir);
  let sink = 0;
  for (const source of sources) {
    const text = readFileSync(join(dir, source), "utf8");
    const body = floorFrontMatterBody(text);
    const document = new DOMParser().parseFromString(
      `<!doctype html><html><head></head><body>${body}</body></html>`,
      "text/html",
    );
    sink += document.toString().length;
  }
  const ms = performance.now() - start;
  const cpuMs = cpuMillisecondsSince(cpu);
  if (sink === 0) throw new Error("build-phase: the floor read nothing");
  return { ms, cpuMs, articles: sources.length };
}
