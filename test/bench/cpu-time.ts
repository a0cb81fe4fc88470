import { readdirSync, readFileSync } from "node:fs";
import { median } from "./median.ts";

/** CPU milliseconds so far of every thread of a live process, from Linux's schedstat. */
export function cpuMilliseconds(pid: number): number {
  let ns = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]);
  }
  return ns / 1e6;
}

/** CPU milliseconds (user + system, every thread) this process spent since `start`. */
export function cpuMillisecondsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** The median CPU milliseconds of one call of `work`, over `runs` calls in this process. */
export function medianCpuMilliseconds(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    work();
    times.push(cpuMillisecondsSince(start));
  }
  return median(times);
}
