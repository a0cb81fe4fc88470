import { describe, expect, it } from "vitest";
import { toImageRef } from "../../src/build/image-ref.ts";
import {
  type ImageChoice,
  isPlaceholderImage,
  pickRepresentativeImage,
} from "../../src/build/representative-image.ts";

const STRICT = { allowLoopbackImages: false };
const choice = (url: string, size: { width: number; height: number } | null = null): ImageChoice => ({
  url,
  ref: toImageRef(url, size),
});
const BODY_IMAGE = choice("https://n.sinaimg.cn/finance/crawl/1/w550h485/a.jpg");
const SECOND = choice("https://pic2.zhimg.com/v2-b_720w.jpg");

describe("pickRepresentativeImage", () => {
  it.each([
    [
      "headimg first",
      ["https://pic1.zhimg.com/v2-head_l.jpg", "https://pic1.zhimg.com/v2-thumb_l.jpg"],
      [BODY_IMAGE],
      "https://pic1.zhimg.com/v2-head_l.jpg",
    ],
    [
      "picsum placeholders fall back to the body",
      ["https://picsum.photos/400/300?random=7528", "https://picsum.photos/400/300?random=7528"],
      [BODY_IMAGE, SECOND],
      BODY_IMAGE.url,
    ],
    [
      "the Sina QR code is skipped",
      [
        "https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png",
        "https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png",
      ],
      [BODY_IMAGE],
      BODY_IMAGE.url,
    ],
    [
      "a known-broken headimg is skipped",
      ["https://www.jianshu.com/p/undefined", "https://juejin.cn/post/undefined"],
      [],
      null,
    ],
    ["an empty thumbnail is skipped", ["", "  "], [SECOND], SECOND.url],
    [
      "legacy posts have only a thumbnail",
      ["http://pbs.twimg.com/media/ExAW0IBVIAMVOoa.jpg"],
      [],
      "http://pbs.twimg.com/media/ExAW0IBVIAMVOoa.jpg",
    ],
    [
      "an unproxyable headimg falls to the thumbnail",
      ["http://192.168.0.2/a.jpg", "https://pic1.zhimg.com/t.jpg"],
      [],
      "https://pic1.zhimg.com/t.jpg",
    ],
    [
      "the CORS proxy is unwrapped",
      ["https://cors.zfour.workers.dev/?http://lain.bgm.tv/pic/cover/l/1.jpg"],
      [],
      "http://lain.bgm.tv/pic/cover/l/1.jpg",
    ],
    [
      "protocol-relative becomes https",
      ["//n.sinaimg.cn/w10h10/a.png"],
      [],
      "https://n.sinaimg.cn/w10h10/a.png",
    ],
    ["nothing usable anywhere", ["https://picsum.photos/400/300?random=1", ""], [], null],
    ["no front matter images", [], [SECOND], SECOND.url],
  ])("%s", (_name, frontMatter, content, expectedUrl) => {
    expect(pickRepresentativeImage(frontMatter, content, STRICT)?.url ?? null).toBe(expectedUrl);
  });

  it("gives a front-matter image its ImageRef", () => {
    const url = "https://n.sinaimg.cn/finance/crawl/1/w550h485/head.jpg";
    expect(pickRepresentativeImage([url], [], STRICT)).toEqual({ url, ref: toImageRef(url) });
  });

  it("reuses the body's ImageRef for the same image, with the size the markup gave", () => {
    const inBody = choice("https://img.ithome.com/a.jpg", { width: 760, height: 350 });
    expect(pickRepresentativeImage([" https://img.ithome.com/a.jpg "], [inBody], STRICT)).toBe(inBody);
  });

  it("accepts loopback images only when allowed", () => {
    const url = "http://127.0.0.1:8787/cover.png";
    expect(pickRepresentativeImage([url], [], STRICT)).toBeNull();
    expect(pickRepresentativeImage([url], [], { allowLoopbackImages: true })?.url).toBe(url);
  });
});

describe("isPlaceholderImage", () => {
  it.each([
    ["https://picsum.photos/400/300?random=1", true],
    ["https://fastly.picsum.photos/id/1/400/300.jpg", true],
    ["https://notpicsum.photos/a.jpg", false],
    ["https://n.sinaimg.cn/a.jpg", false],
    ["not a url", false],
  ])("%s -> %s", (url, expected) => {
    expect(isPlaceholderImage(url)).toBe(expected);
  });
});
