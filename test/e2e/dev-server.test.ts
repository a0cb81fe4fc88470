import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusDir } from "../corpus-dir.ts";
import { type DevServer, startDevServer } from "./dev-server.ts";

describe("npm start", () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDevServer({ contentDir: corpusDir() });
  }, 120_000);
  afterAll(async () => server?.stop());

  it("builds CONTENT_DIR and serves it on 127.0.0.1 at PORT", async () => {
    const res = await fetch(`${server.url}/feed.json`);
    expect(res.status).toBe(200);
    const feed = (await res.json()) as { items: unknown[] };
    expect(feed.items).toHaveLength(20);
    expect(server.output()).toContain("built 91 articles");
  });
});
