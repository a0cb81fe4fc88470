import { describe, expect, it } from "vitest";
import { renderImage } from "../../../src/worker/pages/image-tag.ts";

describe("renderImage", () => {
  // Absolute on the site's base, as the image proxy issue asks of every page and feed.
  it.each([
    [
      "a sized image, lazily",
      { key: "3f9a.jpg", type: "image/jpeg", width: 640, height: 360 },
      {},
      '<img src="https://news.example.com/img/3f9a.jpg" alt="走势&quot;图&quot;" width="640" height="360" loading="lazy" decoding="async">',
    ],
    [
      "an image of unknown size without a size",
      { key: "77aa", type: "", width: 0, height: 0 },
      {},
      '<img src="https://news.example.com/img/77aa" alt="走势&quot;图&quot;" loading="lazy" decoding="async">',
    ],
    [
      "no size when only one side is known",
      { key: "77aa", type: "", width: 300, height: 0 },
      {},
      '<img src="https://news.example.com/img/77aa" alt="走势&quot;图&quot;" loading="lazy" decoding="async">',
    ],
    [
      "the first image eagerly",
      { key: "3f9a.jpg", type: "image/jpeg", width: 640, height: 360 },
      { eager: true },
      '<img src="https://news.example.com/img/3f9a.jpg" alt="走势&quot;图&quot;" width="640" height="360" decoding="async">',
    ],
  ])("renders %s", (_, image, options, expected) => {
    expect(renderImage("https://news.example.com", image, '走势"图"', options).toString()).toBe(expected);
  });
});
