import type { Context } from "hono";
import type { Settings } from "../site.ts";

/** The absolute base of every link we write: `BASE_URL` when set, else the request's own origin. */
export function requestBase(c: Context, settings: Settings): string {
  return settings.baseUrl ?? new URL(c.req.url).origin;
}
