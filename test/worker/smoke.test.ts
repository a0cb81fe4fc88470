import { SELF } from "cloudflare:test";
import { expect, it } from "vitest";

it("answers /", async () => {
  const res = await SELF.fetch("http://example.com/");
  expect(res.status).toBe(200);
});
