import { describe, expect, it } from "vitest";
import { checkImageUrl, isSinaQrImage, normalizeImageUrl } from "../../src/build/image-url.ts";

describe("normalizeImageUrl", () => {
  it.each([
    ["https://n.sinaimg.cn/finance/a.jpg", "https://n.sinaimg.cn/finance/a.jpg"],
    ["  https://n.sinaimg.cn/a.jpg\n", "https://n.sinaimg.cn/a.jpg"],
    [
      "//upload-images.jianshu.io/upload_images/41-a57f",
      "https://upload-images.jianshu.io/upload_images/41-a57f",
    ],
    // bangumi and jandan load images through a public CORS proxy
    [
      "https://cors.zfour.workers.dev/?http://lain.bgm.tv/pic/cover/l/29/ed/1_x.jpg",
      "http://lain.bgm.tv/pic/cover/l/29/ed/1_x.jpg",
    ],
    [
      "https://cors.zfour.workers.dev/?http://img.jandan.net/news/a.jpg!custom",
      "http://img.jandan.net/news/a.jpg!custom",
    ],
    [
      "https://cors.zfour.workers.dev/?http%3A%2F%2Fwx4.sinaimg.cn%2Fmw690%2Fa.jpg",
      "http://wx4.sinaimg.cn/mw690/a.jpg",
    ],
    ["https://cors.zfour.workers.dev/?//wx4.sinaimg.cn/a.jpg", "https://wx4.sinaimg.cn/a.jpg"],
    // the URL parser's serialization: host lower-cased, spaces encoded
    ["HTTPS://PIC1.ZHIMG.COM/v2 a.jpg", "https://pic1.zhimg.com/v2%20a.jpg"],
    // relative and unparseable URLs stay as written, for the check to refuse
    ["images/a.png", "images/a.png"],
    ["/img/a.png", "/img/a.png"],
    ["", ""],
  ])("%j -> %j", (raw, expected) => {
    expect(normalizeImageUrl(raw)).toBe(expected);
  });
});

describe("checkImageUrl", () => {
  const strict = { allowLoopbackImages: false };
  it.each([
    ["https://n.sinaimg.cn/a.jpg", strict, null],
    ["http://pbs.twimg.com/media/ExAW0IBVIAMVOoa.jpg", strict, null],
    ["", strict, "is empty"],
    ["images/a.png", strict, "is a relative URL and the post has no source URL to resolve it against"],
    ["/a.png", strict, "is a relative URL and the post has no source URL to resolve it against"],
    ["https://www.jianshu.com/p/undefined", strict, "is a known-broken URL"],
    ["https://juejin.cn/post/undefined", strict, "is a known-broken URL"],
    ["data:image/gif;base64,R0lGODlhAQABAAAAACw=", strict, "is not a public http(s) URL"],
    ["javascript:alert(1)", strict, "is not a public http(s) URL"],
    ["ftp://example.com/a.jpg", strict, "is not a public http(s) URL"],
    ["http://192.168.1.10/a.jpg", strict, "is not a public http(s) URL"],
    ["http://169.254.169.254/latest/meta-data", strict, "is not a public http(s) URL"],
    ["http://127.0.0.1:8080/a.png", strict, "is not a public http(s) URL"],
    ["http://127.0.0.1:8080/a.png", { allowLoopbackImages: true }, null],
    ["http://localhost/a.png", { allowLoopbackImages: true }, null],
  ])("%j (%j) -> %j", (url, options, reason) => {
    const verdict = checkImageUrl(url, options);
    expect(verdict.reason ?? null).toBe(reason);
    expect(verdict.url ?? null).toBe(reason === null ? url : null);
  });
});

describe("isSinaQrImage", () => {
  it.each([
    ["https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png", true],
    ["https://n.sinaimg.cn/finance/cece9e13/20200514/343233025.png", false],
    ["https://n.sinaimg.cn/finance/200/w500h500/20220216/303e-b286.png", false],
  ])("%s -> %s", (url, expected) => {
    expect(isSinaQrImage(url)).toBe(expected);
  });
});
