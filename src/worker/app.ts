import { Hono } from "hono";
import type { Bundle } from "../model.ts";

/** Builds the worker's Hono app over one bundle. */
export function createApp(bundle: Bundle) {
  const app = new Hono<{ Bindings: Env }>();
  app.get("/", (c) => c.text(`${bundle.articles.length} articles`));
  return app;
}
