import type { Context } from "hono";

/**
 * Replaces the context's response with `response` exactly as given.
 *
 * Assigning `c.res` directly merges the old response's headers into the new one (Hono does so, so
 * that headers set before a handler survive), which would put a 200's `Content-Length` on a 304 or
 * undo a changed `ETag`. Clearing it first avoids the merge.
 */
export function replaceResponse(c: Context, response: Response): void {
  c.res = undefined;
  c.res = response;
}
