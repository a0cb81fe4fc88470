import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { imageExtensionOf, imageSizeFromUrl, toImageRef, toSize } from "../../src/build/image-ref.ts";

const hash16 = (url: string) => createHash("sha256").update(url).digest("hex").slice(0, 16);

describe("toImageRef", () => {
  it.each([
    [
      "https://n.sinaimg.cn/finance/crawl/235/w550h485/20210820/6fee-0488.jpg",
      null,
      { ext: ".jpg", type: "image/jpeg", width: 550, height: 485 },
    ],
    [
      "https://pic2.zhimg.com/v2-65e4_720w.jpg?source=8673f162",
      null,
      { ext: ".jpg", type: "image/jpeg", width: 0, height: 0 },
    ],
    [
      "https://img.3dmgame.com/uploads/images/news/1630985416_902497.PNG",
      null,
      { ext: ".png", type: "image/png", width: 0, height: 0 },
    ],
    [
      "https://n.sinaimg.cn/spider20220731/732/w478h254/20220731/3e3d.gif",
      null,
      { ext: ".gif", type: "image/gif", width: 478, height: 254 },
    ],
    ["https://img.36krcdn.com/20220414/v2_c383_img_000", null, { ext: "", type: "", width: 0, height: 0 }],
    ["https://a.example.com/x.svg", null, { ext: ".svg", type: "image/svg+xml", width: 0, height: 0 }],
    ["https://a.example.com/favicon.ico", null, { ext: ".ico", type: "image/x-icon", width: 0, height: 0 }],
    ["https://a.example.com/x.avif", null, { ext: ".avif", type: "image/avif", width: 0, height: 0 }],
    // sizes from the markup win over the URL's
    [
      "https://img.ithome.com/newsuploadfiles/2022/3/8455.jpg",
      { width: 760, height: 350 },
      { ext: ".jpg", type: "image/jpeg", width: 760, height: 350 },
    ],
    [
      "https://n.sinaimg.cn/w550h485/a.jpg",
      { width: 100, height: 50 },
      { ext: ".jpg", type: "image/jpeg", width: 100, height: 50 },
    ],
  ])("%s", (url, size, expected) => {
    expect(toImageRef(url, size)).toEqual({
      key: `${hash16(url)}${expected.ext}`,
      type: expected.type,
      width: expected.width,
      height: expected.height,
    });
  });

  it("gives different URLs different keys and the same URL the same key", () => {
    expect(toImageRef("https://a.example.com/1.jpg").key).toBe(toImageRef("https://a.example.com/1.jpg").key);
    expect(toImageRef("https://a.example.com/1.jpg").key).not.toBe(
      toImageRef("https://a.example.com/2.jpg").key,
    );
  });
});

describe("imageExtensionOf", () => {
  it.each([
    ["http://img.jandan.net/news/2019/01/e8a0.jpg!custom", "jpg"],
    ["https://a.example.com/a.webp@1x", "webp"],
    ["https://a.example.com/a.JPEG", "jpeg"],
    ["https://a.example.com/a.bmp?x=1.png", "bmp"],
    ["https://a.example.com/a.html", ""],
    ["https://a.example.com/dir.png/file", ""],
    ["https://mmbiz.qpic.cn/mmbiz_gif/f23E/640?wx_fmt=gif", ""],
    ["not a url.jpg", ""],
  ])("%s -> %j", (url, expected) => {
    expect(imageExtensionOf(url)).toBe(expected);
  });
});

describe("imageSizeFromUrl", () => {
  it.each([
    ["https://n.sinaimg.cn/finance/crawl/235/w550h485/20210820/a.jpg", { width: 550, height: 485 }],
    ["https://n.sinaimg.cn/sinakd20220516s/642/w919h523/20220516/a.png", { width: 919, height: 523 }],
    ["https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png", null],
    // only Sina writes sizes this way
    ["https://example.com/w550h485/a.jpg", null],
    ["https://n.sinaimg.cn.evil.example/w550h485/a.jpg", null],
  ])("%s -> %j", (url, expected) => {
    expect(imageSizeFromUrl(url)).toEqual(expected);
  });
});

describe("toSize", () => {
  it.each([
    ["760", "350", { width: 760, height: 350 }],
    [" 476 ", "281", { width: 476, height: 281 }],
    ["760", null, null],
    ["100%", "20", null],
    ["600px", "20", null],
    ["0", "20", null],
    ["1.5", "20", null],
    ["", "", null],
  ])("%j x %j -> %j", (width, height, expected) => {
    expect(toSize(width, height)).toEqual(expected);
  });
});
