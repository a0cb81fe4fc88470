import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PictureHost, sizeOf, startPictureHost } from "./picture-host.ts";

describe("sizeOf", () => {
  it.each([
    ["/picsum.photos/seed/fulfil-arch/1080/608", [1080, 608]],
    ["/picsum.photos/id/30/240/240.jpg", [240, 240]],
    ["/picsum.photos/400/300?random=2231", [400, 300]],
    ["/picsum.photos/seed/huge/9000/9000", [2000, 2000]],
    ["/n.sinaimg.cn/finance/cece9e13/20200514/343233024.png", [640, 360]],
  ])("%s", (path, size) => {
    expect(sizeOf(path)).toEqual(size);
  });
});

describe("startPictureHost", () => {
  let host: PictureHost;
  beforeAll(async () => {
    host = await startPictureHost();
  });
  afterAll(async () => host?.stop());

  it("answers a PNG of the size the path names, and records the path", async () => {
    const res = await fetch(`${host.url}/picsum.photos/seed/a/750/1334`);
    expect(res.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([750, 1334]);
    expect(host.seen).toContain("/picsum.photos/seed/a/750/1334");
  });
});
