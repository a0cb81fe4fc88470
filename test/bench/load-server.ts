import autocannon from "autocannon";
import { cpuMilliseconds } from "./cpu-time.ts";

/** One autocannon run and what it cost the server. */
export interface LoadRun {
  result: autocannon.Result;
  /** The server's CPU microseconds per request (all its threads, from /proc). */
  cpuUs: number;
}

/**
 * Loads a server with autocannon and reads the CPU time the server process (`serverPid`) spent
 * meanwhile; `onResponse` sees every response (status, bytes, milliseconds it took).
 *
 * @example
 * const { result, cpuUs } = await loadServer({ url, connections: 8, duration: 5 }, worker.pid);
 */
export async function loadServer(
  options: autocannon.Options,
  serverPid: number,
  onResponse?: (status: number, bytes: number, ms: number) => void,
): Promise<LoadRun> {
  const cpuBefore = cpuMilliseconds(serverPid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    if (onResponse !== undefined) {
      instance.on("response", (_client, status, bytes, ms) => onResponse(status, bytes, ms));
    }
  });
  const cpuUs = ((cpuMilliseconds(serverPid) - cpuBefore) * 1000) / result.requests.total;
  return { result, cpuUs };
}
