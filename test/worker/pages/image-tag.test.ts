import { describe, expect, it } from "vitest";
import { renderImage } from "../../../src/worker/pages/image-tag.ts";

describe("renderImage", () => {
  it.each([
    [
      "a sized image, lazily",
      { key: "3f9a.jpg", type: "image/jpeg", width: 640, height: 360 },
      {},
      '<img src="/img/3f9a.jpg" alt="走势&quot;图&quot;" width="640" height="360" loading="lazy" decoding="async">',
    ],
    [
      "an image of unknown size without a size",
      { key: "77aa", type: "", width: 0, height: 0 },
      {},
      '<img src="/img/77aa" alt="走势&quot;图&quot;" loading="lazy" decoding="async">',
    ],
    [
      "no size when only one side is known",
      { key: "77aa", type: "", width: 300, height: 0 },
      {},
      '<img src="/img/77aa" alt="走势&quot;图&quot;" loading="lazy" decoding="async">',
    ],
    [
      "the first image eagerly",
      { key: "3f9a.jpg", type: "image/jpeg", width: 640, height: 360 },
      { eager: true },
      '<img src="/img/3f9a.jpg" alt="走势&quot;图&quot;" width="640" height="360" decoding="async">',
    ],
  ])("renders %s", (_, image, options, expected) => {
    expect(renderImage(image, '走势"图"', options).toString()).toBe(expected);
  });
});
