import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../corpus-dir.ts";

/** The environment every wrangler command of the tests runs with: no network, no prompts. */
export const WRANGLER_ENV = {
  ...process.env,
  CI: "true",
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_HIDE_BANNER: "true",
};

/** A running `npm start`. */
export interface DevServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Everything `npm start` printed so far (build lines, wrangler's). */
  output: () => string;
  stop: () => Promise<void>;
}

/** Options of {@link startDevServer}. */
export interface DevServerOptions {
  /** Absolute path of the posts to serve (CONTENT_DIR). */
  contentDir: string;
  /** More environment for `npm start` (e.g. EDGEFEED_ALLOW_LOOPBACK_IMAGES: "1"). */
  env?: Record<string, string>;
  /** How long to wait for the first answer. */
  timeoutMs?: number;
}

/**
 * Runs the README's `npm start` (wrangler dev, with its build) on a free loopback port, in a copy of
 * the project so that parallel servers and the developer's own `.build/` never collide.
 *
 * @example
 * const server = await startDevServer({ contentDir: corpusDir() });
 * await fetch(`${server.url}/rss.xml`);
 * await server.stop();
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const project = mkdtempSync(join(tmpdir(), "edgefeed-dev-"));
  for (const entry of ["src", "package.json", "tsconfig.json", "wrangler.toml"]) {
    cpSync(join(PROJECT_ROOT, entry), join(project, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, "node_modules"), join(project, "node_modules"), "dir");
  const port = await freePort();
  let output = "";
  const child = spawn("npm", ["start"], {
    cwd: project,
    detached: true,
    env: {
      ...WRANGLER_ENV,
      PORT: String(port),
      CONTENT_DIR: options.contentDir,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const server: DevServer = {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async () => {
      await stopProcessGroup(child);
      rmSync(project, { recursive: true, force: true });
    },
  };
  try {
    await waitForAnswer(server.url, child, options.timeoutMs ?? 90_000);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- npm start printed:\n${output}`);
  }
  return server;
}

async function waitForAnswer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with status ${child.exitCode}`);
    try {
      // Refused at once until wrangler listens; then the first answer waits for the worker to load,
      // which takes a busy machine seconds: abandoning it would only ask again, so wait to the deadline.
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(Math.max(deadline - Date.now(), 1)) });
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`npm start did not answer at ${url} within ${timeoutMs} ms`);
}

/** A TCP port nobody listens on right now, on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-(child.pid as number), "SIGKILL");
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}
