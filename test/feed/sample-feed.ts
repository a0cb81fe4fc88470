import type { FeedDocument, FeedItem } from "../../src/feed/feed-document.ts";

/**
 * Realistic feed documents, the same on every run: Chinese posts of 5–10 KB of HTML (UTF-8) with a
 * few images, links and lists, a three-level category path, and now and then an `&` or quotes in
 * a title. For the parser tests and the render bench.
 */

export const BASE_URL = "https://news.example.com";

const HAN =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
const PUNCTUATION = "，，，。、；：";

/** A feed document of `count` items, newest first, as the worker would hand it to a renderer. */
export function sampleFeedDocument(count: number): FeedDocument {
  const random = seeded(count);
  const items: FeedItem[] = [];
  for (let i = 0; i < count; i++) items.push(sampleItem(i, random));
  return {
    title: "新浪财经－国內",
    description: "新闻、问答与动漫游戏资讯的 RSS、Atom 与 JSON Feed",
    language: "zh-CN",
    homeUrl: `${BASE_URL}/c/jr/sina/sina-gn`,
    selfUrl: `${BASE_URL}/c/jr/sina/sina-gn/rss.xml`,
    pages: {
      first: `${BASE_URL}/c/jr/sina/sina-gn/rss.xml`,
      last: `${BASE_URL}/c/jr/sina/sina-gn/rss.xml?page=5`,
      next: `${BASE_URL}/c/jr/sina/sina-gn/rss.xml?page=2`,
      previous: null,
    },
    updated: items[0]?.date ?? "2021-01-01T00:00:00Z",
    author: "Edgefeed",
    items,
  };
}

function sampleItem(index: number, random: () => number): FeedItem {
  const id = `sina-${(100_000 - index).toString(36)}`;
  const images = Array.from({ length: 1 + Math.floor(random() * 4) }, () => imageKey(random));
  const targetBytes = 5_000 + Math.floor(random() * 5_000);
  let html = "";
  let paragraph = 0;
  while (utf8Length(html) < targetBytes) {
    const image = images[paragraph];
    if (image !== undefined && paragraph % 2 === 1) {
      html += `<figure><img src="${BASE_URL}/img/${image}" alt="${words(random, 8)}" width="640" height="427"><figcaption>${words(random, 12)}</figcaption></figure>\n`;
    } else if (paragraph % 7 === 5) {
      html += `<ul><li>${words(random, 20)}</li><li>${words(random, 24)}</li><li>${words(random, 16)}</li></ul>\n`;
    } else {
      html +=
        `<p>${sentences(random, 3)}<a href="https://finance.sina.com.cn/china/2021-08-20/doc-${id}${paragraph}.shtml">${words(random, 6)}</a>` +
        `${sentences(random, 2)}<strong>${words(random, 10)}</strong>${sentences(random, 3)}</p>\n`;
    }
    paragraph++;
  }
  const date = new Date(
    Date.UTC(2021, 7, 20, 6, 36, 14) - index * 3_600_000 - Math.floor(random() * 3_000_000),
  );
  const firstImage = images[0] as string;
  return {
    url: `${BASE_URL}/posts/${id}`,
    // Now and then a title with characters that must survive as text.
    title: index % 10 === 3 ? `“${words(random, 8)}” & <${words(random, 4)}> 增长 5%` : words(random, 24),
    html,
    summary: sentences(random, 4),
    date: date.toISOString().replace(/\.\d{3}Z$/, "Z"),
    dated: index % 25 !== 24,
    author: index % 3 === 0 ? "" : `${words(random, 2)}记者`,
    categories: ["金融", "新浪财经", "新浪财经－国內"],
    image: { url: `${BASE_URL}/img/${firstImage}`, type: "image/jpeg", width: 640, height: 427 },
  };
}

function imageKey(random: () => number): string {
  return `${Math.floor(random() * 2 ** 48).toString(16)}.jpg`;
}

function words(random: () => number, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += HAN[Math.floor(random() * HAN.length)];
  return text;
}

function sentences(random: () => number, count: number): string {
  let text = "";
  for (let i = 0; i < count; i++) {
    text += words(random, 8 + Math.floor(random() * 20));
    text += i === count - 1 ? "。" : PUNCTUATION[Math.floor(random() * PUNCTUATION.length)];
  }
  return text;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += text.charCodeAt(i) < 0x80 ? 1 : 3;
  return bytes;
}

/** mulberry32: a small deterministic generator, so every run renders the same documents. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
