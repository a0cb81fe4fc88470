/**
 * The worker as Cloudflare receives it, for the benchmarks: `wrangler deploy --dry-run` in a copy of
 * the project whose `.build/bundle.js` is the one under test, and timings of its startup.
 */
import { execFile, spawn } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { Miniflare } from "miniflare";
import { parse as parseToml } from "smol-toml";
import { PROJECT_ROOT } from "../corpus-dir.ts";
import { freePort, WRANGLER_ENV } from "../e2e/dev-server.ts";
import { cpuMilliseconds } from "./cpu-time.ts";
import { median } from "./median.ts";

const run = promisify(execFile);

/** The workerd binary that wrangler and Miniflare run (the package has no types). */
const WORKERD: string = createRequire(import.meta.url)("workerd").default;

/** A bundled worker script. */
export interface WorkerScript {
  /** Absolute path of the one ES module wrangler wrote. */
  path: string;
  bytes: number;
  gzipBytes: number;
  /** The folder holding the project copy and the script; remove it when done. */
  dir: string;
}

/**
 * Bundles the worker as `wrangler deploy` would upload it, over `bundleJs` (the text of a
 * `.build/bundle.js`). `entry` (relative to the project) replaces wrangler.toml's `main`, for a
 * bench-only entry. wrangler.toml's `[build]` step is left out: the bundle is already built.
 */
export async function bundleWorker(bundleJs: string, entry?: string): Promise<WorkerScript> {
  const dir = mkdtempSync(join(tmpdir(), "edgefeed-bench-"));
  const project = join(dir, "project");
  for (const name of ["src", "package.json", "tsconfig.json"]) {
    cpSync(join(PROJECT_ROOT, name), join(project, name), { recursive: true });
  }
  if (entry !== undefined) {
    cpSync(join(PROJECT_ROOT, entry), join(project, entry), { recursive: true });
  }
  const toml = readFileSync(join(PROJECT_ROOT, "wrangler.toml"), "utf8");
  writeFileSync(join(project, "wrangler.toml"), withoutTable(toml, "build"));
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(project, "node_modules"), "dir");
  mkdirSync(join(project, ".build"));
  writeFileSync(join(project, ".build", "bundle.js"), bundleJs);
  const out = join(dir, "out");
  const wrangler = join(PROJECT_ROOT, "node_modules", ".bin", "wrangler");
  const args = ["deploy", ...(entry === undefined ? [] : [entry]), "--dry-run", "--outdir", out];
  await run(wrangler, args, { cwd: project, env: WRANGLER_ENV, maxBuffer: 64 << 20 });
  const name = readdirSync(out).find((file) => file.endsWith(".js"));
  if (name === undefined) throw new Error(`bench: wrangler wrote no script in ${out}`);
  const script = readFileSync(join(out, name));
  return { path: join(out, name), bytes: script.length, gzipBytes: gzipSync(script).length, dir };
}

/** The TOML text without one top-level table (`[build]` up to the next table). */
function withoutTable(toml: string, table: string): string {
  return toml.replace(new RegExp(`^\\[${table}\\]\\n[\\s\\S]*?(?=^\\[|(?![\\s\\S]))`, "m"), "");
}

/** A worker running in its own workerd process. */
export interface RunningWorker {
  /** `http://127.0.0.1:<port>`, straight to the worker. */
  url: string;
  /** workerd's process id, to read its CPU time. */
  pid: number;
  stop: () => Promise<void>;
}

/** Options of {@link startWorker}. */
export interface StartWorkerOptions {
  /** Bindings on top of wrangler.toml's `[vars]`. */
  bindings?: Record<string, string>;
  /** Give the worker Miniflare's Cache API (in memory); without it, `cache.put` keeps nothing. */
  cache: boolean;
}

/**
 * The script in Miniflare, with wrangler.toml's [vars], on a loopback socket of its own (Miniflare's
 * "direct socket": requests reach the worker as sent, not through Miniflare's entry worker, which
 * re-encodes bodies as Cloudflare's front line would, nor through wrangler dev's proxy).
 */
export async function startWorker(script: WorkerScript, options: StartWorkerOptions): Promise<RunningWorker> {
  const before = workerdChildren();
  const mf = new Miniflare({
    modulesRoot: "/",
    modules: [{ type: "ESModule", path: script.path, contents: readFileSync(script.path, "utf8") }],
    compatibilityDate: compatibilityDate(),
    bindings: { ...wranglerVars(), ...options.bindings },
    cache: options.cache,
    host: "127.0.0.1",
    unsafeDirectSockets: [{ host: "127.0.0.1", port: await freePort() }],
  });
  await mf.ready;
  const url = (await mf.unsafeGetDirectURL()).toString().replace(/\/$/, "");
  const pid = [...workerdChildren()].find((child) => !before.has(child));
  if (pid === undefined) throw new Error("bench: cannot find the workerd process Miniflare started");
  return { url, pid, stop: () => mf.dispose() };
}

/** wrangler.toml's `[vars]`: the settings the deployed worker runs with. */
export function wranglerVars(): Record<string, string> {
  const toml = parseToml(readFileSync(join(PROJECT_ROOT, "wrangler.toml"), "utf8")) as {
    vars?: Record<string, string>;
  };
  return toml.vars ?? {};
}

/** This process's child processes that are workerd. */
function workerdChildren(): Set<number> {
  const pids = new Set<number>();
  for (const task of readdirSync(`/proc/${process.pid}/task`)) {
    for (const pid of readFileSync(`/proc/${process.pid}/task/${task}/children`, "utf8").split(" ")) {
      if (pid !== "" && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("workerd"))
        pids.add(Number(pid));
    }
  }
  return pids;
}

/** Startup figures of a script: medians over fresh processes, in milliseconds. */
export interface StartupTimes {
  /** workerd's CPU time from spawn to its first response, less a trivial worker's. */
  workerdCpu: number;
  /** The same in wall-clock time (inflated by other load on a shared machine). */
  workerdWall: number;
  /** The trivial worker's own CPU time to its first response. */
  trivialCpu: number;
  /** CPU time of `await import()` of the script in a fresh Node process (read, compile, evaluate). */
  nodeImportCpu: number;
}

const TRIVIAL = "export default { fetch() { return new Response('ok'); } };\n";

/**
 * How long the script takes to start. Cloudflare limits the CPU time it takes "to parse and
 * execute its global scope" to 1 s. workerd does exactly that before it answers its first request,
 * so workerd's CPU time from spawn to first answer, less the same for a one-line worker (process
 * start, config, the answer itself), approximates it on this machine. CPU time, not wall time, so
 * other load on a shared machine does not count. Product and trivial worker alternate.
 */
export async function measureStartup(script: WorkerScript, runs: number): Promise<StartupTimes> {
  const dir = join(script.dir, "startup");
  mkdirSync(dir, { recursive: true });
  cpSync(script.path, join(dir, "product.js"));
  writeFileSync(join(dir, "trivial.js"), TRIVIAL);
  const product: { cpu: number; wall: number }[] = [];
  const trivial: { cpu: number; wall: number }[] = [];
  const node: number[] = [];
  for (let i = 0; i < runs; i++) {
    trivial.push(await timeWorkerd(dir, "trivial.js"));
    product.push(await timeWorkerd(dir, "product.js"));
    node.push(await timeNodeImport(script.path));
  }
  const trivialCpu = median(trivial.map((t) => t.cpu));
  return {
    workerdCpu: median(product.map((t) => t.cpu)) - trivialCpu,
    workerdWall: median(product.map((t) => t.wall)) - median(trivial.map((t) => t.wall)),
    trivialCpu,
    nodeImportCpu: median(node),
  };
}

async function timeWorkerd(dir: string, module: string): Promise<{ cpu: number; wall: number }> {
  const port = await freePort();
  const config = join(dir, `${basename(module, ".js")}.capnp`);
  writeFileSync(
    config,
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "${module}") ],
  compatibilityDate = "${compatibilityDate()}",
);
`,
  );
  const start = performance.now();
  const child = spawn(WORKERD, ["serve", config], { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr.on("data", (chunk) => (errors += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`bench: workerd exited: ${errors}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`, { method: "OPTIONS" });
        await response.arrayBuffer();
        const wall = performance.now() - start;
        return { cpu: cpuMilliseconds(child.pid as number), wall };
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    }
  } finally {
    child.kill("SIGKILL");
    await exited;
  }
}

async function timeNodeImport(path: string): Promise<number> {
  const code = `const s = process.cpuUsage(); await import(${JSON.stringify(`file://${path}`)}); const u = process.cpuUsage(s); console.log((u.user + u.system) / 1000);`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", code]);
  return Number(stdout.trim());
}

/** wrangler.toml's compatibility_date, which the deployed worker runs with. */
export function compatibilityDate(): string {
  const toml = readFileSync(join(PROJECT_ROOT, "wrangler.toml"), "utf8");
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  if (date === undefined) throw new Error("bench: wrangler.toml has no compatibility_date");
  return date;
}

/** Removes a script's folder (project copy included). */
export function removeScript(script: WorkerScript): void {
  rmSync(script.dir, { recursive: true, force: true });
}
