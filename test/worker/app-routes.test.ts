import { describe, expect, it } from "vitest";
import { createApp } from "../../src/worker/app.ts";
import { corpusBundle } from "./bundles.ts";

describe("routes", () => {
  const bundle = corpusBundle();
  const app = createApp(bundle);

  it("serves the site feeds", async () => {
    for (const path of ["/rss.xml", "/atom.xml", "/feed.json", "/opml.xml", "/"]) {
      const res = await app.request(`http://example.com${path}`);
      expect(res.status, path).toBe(200);
    }
  });
});
