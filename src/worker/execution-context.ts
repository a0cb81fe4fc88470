import type { Context } from "hono";

/**
 * The request's execution context, or none when the app is called without one: Hono throws on
 * `c.executionCtx` then, as it is under `app.request()` in tests.
 */
export function executionContextOf(c: Context): Context["executionCtx"] | undefined {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}

/** Lets work (a cache write) finish after the response; without an execution context (tests), it runs on unwatched. */
export function waitUntil(c: Context, promise: Promise<unknown>): void {
  const ctx = executionContextOf(c);
  if (ctx) ctx.waitUntil(promise);
  else promise.catch(() => {});
}
