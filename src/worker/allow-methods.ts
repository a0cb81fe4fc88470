import type { MiddlewareHandler } from "hono";

/**
 * Answers `405 Method Not Allowed` with an `Allow` header (RFC 9110 §15.5.6) to any method the
 * site does not serve. Everything here is read-only.
 *
 * @example
 * app.use("*", allowMethods(["GET", "HEAD", "OPTIONS"]))
 */
export function allowMethods(methods: string[]): MiddlewareHandler {
  const allowed = new Set(methods);
  const allow = methods.join(", ");
  return async function allowMethods(c, next) {
    if (allowed.has(c.req.method)) return next();
    return c.text(`${c.req.method} is not allowed here; use ${allow}\n`, 405, { allow });
  };
}
