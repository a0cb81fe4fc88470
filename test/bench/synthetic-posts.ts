import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes `count` invented posts in the shapes of the real corpus (front-matter generations, date
 * formats, each source's boilerplate, lengths from a few lines to tens of kilobytes), reproducibly
 * from `seed`. The text is random words: only the shapes are real.
 */
export function writeSyntheticPosts(dir: string, count: number, seed = 1): void {
  const random = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const shape = pickWeighted(random, SHAPES);
    const folder = join(dir, shape.folder);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `post-${i.toString(36).padStart(5, "0")}.md`), shape.write(random, i));
  }
}

type Random = () => number;

interface Shape {
  folder: string;
  weight: number;
  write: (random: Random, i: number) => string;
}

const SHAPES: Shape[] = [
  { folder: "sina-finance-china", weight: 20, write: sinaPost },
  { folder: "cls-telegraph", weight: 15, write: clsPost },
  { folder: "hackernews", weight: 25, write: hackerNewsPost },
  { folder: "zhihu-daily", weight: 8, write: zhihuPost },
  { folder: "juejin", weight: 8, write: codePost },
  { folder: "bangumi-calendar", weight: 6, write: bangumiPost },
  { folder: "legacy-agefans", weight: 6, write: legacyPost },
  { folder: "jandan", weight: 4, write: jandanPost },
  { folder: "36kr", weight: 8, write: newsPost },
];

const HANZI =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";

function words(random: Random, chars: number): string {
  let text = "";
  while (text.length < chars) {
    const run = 4 + Math.floor(random() * 18);
    for (let j = 0; j < run; j++) text += HANZI[Math.floor(random() * HANZI.length)];
    text += random() < 0.2 ? "。" : "，";
  }
  return `${text.slice(0, -1)}。`;
}

function english(random: Random, count: number): string {
  const vocabulary = ["edge", "feed", "worker", "cache", "reader", "atom", "open", "source", "data", "model"];
  return Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(" ");
}

function rfc822(random: Random): string {
  return new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 4 * 365 * 86_400_000)).toUTCString();
}

function zoneless(random: Random): string {
  return rfc822(random).replace(/^\w+, (\d+) (\w+) (\d+) ([\d:]+) GMT$/, (_, d, m, y, t) => {
    const month = String("JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(m) / 3 + 1).padStart(2, "0");
    return `${y}-${month}-${d} ${t}`;
  });
}

function currentFrontMatter(
  title: string,
  categories: string[],
  author: string,
  date: string,
  image: string,
) {
  const list = categories.map((c) => ` - ${c}`).join("\n");
  return `\n---\ntitle: '${title.replaceAll("'", "''")}'\ncategories: \n${list}\nheadimg: '${image}'\nauthor: ${author}\ncomments: false\ndate: ${date}\nthumbnail: '${image}'\n---\n\n`;
}

function wrap(body: string): string {
  return `<div>   \n${body}\n</div>\n            `;
}

function picsum(random: Random): string {
  return `https://picsum.photos/400/300?random=${Math.floor(random() * 10_000)}`;
}

function sinaPost(random: Random, i: number): string {
  const images = Array.from({ length: Math.floor(random() * 4) }, (_, k) => {
    const w = 400 + Math.floor(random() * 300);
    const h = 300 + Math.floor(random() * 500);
    return `https://n.sinaimg.cn/finance/crawl/${i}/w${w}h${h}/20210820/${k}a-${i.toString(16)}.jpg`;
  });
  const paragraphs = Array.from(
    { length: 8 + Math.floor(random() * 16) },
    () => `<p>　　${words(random, 100 + random() * 200)}</p>`,
  );
  for (const [k, url] of images.entries()) {
    paragraphs.splice(
      1 + k * 2,
      0,
      `<div class="img_wrapper"><img src="${url}" alt referrerpolicy="no-referrer"><span class="img_descr"></span></div>`,
    );
  }
  paragraphs[0] = `<p>　　本文来源：<span id="stock_sh60${i % 10}000"><a href="https://finance.sina.com.cn/realstock/company/sh600000/nc.shtml" class="keyword" target="_blank">某某网</a></span><span id="quote_sh600000"></span></p>`;
  const body = `${paragraphs.join("\n")}<!-- news_keyword_pub,stock,sh600000 -->\n\n<!-- 正文下iframe -->\n<!-- 文末二维码 start -->\n<style>\n.appendQr_wrap&#123;border:1px solid #E6E6E6;padding:8px;&#125;\n</style>\n<div class="clearfix appendQr_wrap"><div class="appendQr_normal"><img src="https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png" referrerpolicy="no-referrer"></div><div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>\n<!-- 编辑姓名及工作代码 -->\n<p class="article-editor">责任编辑：某某 </p>`;
  const head = images[0] ?? "https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png";
  return (
    currentFrontMatter(
      words(random, 20).slice(0, 28),
      ["金融", "新浪财经", "新浪财经－国內"],
      "新浪财经",
      rfc822(random),
      head,
    ) + wrap(body)
  );
}

function clsPost(random: Random): string {
  const title = words(random, 16).slice(0, 24);
  return (
    currentFrontMatter(title, ["金融", "财联社", "电报"], "财联社", rfc822(random), picsum(random)) +
    wrap(`【${title}】财联社讯，${words(random, 80 + random() * 200)}  `)
  );
}

function hackerNewsPost(random: Random): string {
  const title = english(random, 4 + Math.floor(random() * 6));
  return (
    currentFrontMatter(
      title,
      ["编程", "Hacker News", "分类"],
      "Hacker News",
      zoneless(random),
      picsum(random),
    ) +
    wrap(
      `Link: <a href="https://example.com/${title.replaceAll(" ", "-")}"> ${title} </a>  \n<p>${english(random, 20 + Math.floor(random() * 80))}</p>`,
    )
  );
}

function zhihuPost(random: Random): string {
  const answers = Array.from(
    { length: 4 + Math.floor(random() * 16) },
    () => `<p>${words(random, 150 + random() * 300)}</p>`,
  );
  const body = `<div class="main-wrap content-wrap">\n<div class="headline">\n<div class="img-place-holder">\n\n</div>\n<div class="content-inner">\n<div class="question">\n<h2 class="question-title">${words(random, 20)}</h2>\n<div class="answer">\n<div class="meta">\n<img class="avatar" src="https://pic1.zhimg.com/v2-${Math.floor(random() * 1e9)}_l.jpg">\n<span class="author">某用户，</span>\n</div>\n<div class="content">\n${answers.join("\n")}\n</div>\n</div>\n<div class="view-more"><a href="http://www.zhihu.com/question/1">查看知乎讨论<span class="js-question-holder"></span></a></div>\n</div>\n</div>\n</div>\n</div>`;
  return (
    currentFrontMatter(
      words(random, 14).slice(0, 18),
      ["社交媒体", "知乎", "知乎日报"],
      "知乎",
      zoneless(random),
      `https://pic2.zhimg.com/v2-${Math.floor(random() * 1e9)}_l.jpg`,
    ) + wrap(body)
  );
}

function codePost(random: Random): string {
  const blocks = Array.from({ length: 20 + Math.floor(random() * 40) }, () =>
    random() < 0.4
      ? `<pre><code class="language-java">public class Demo &#123;\n  void run() &#123; System.out.println("${english(random, 3)}"); &#125;\n&#125;\n</code></pre>`
      : `<p>${words(random, 150 + random() * 300)}</p>`,
  );
  return (
    currentFrontMatter(
      words(random, 16).slice(0, 20),
      ["编程", "掘金", "分类"],
      "掘金",
      rfc822(random),
      "https://juejin.cn/post/undefined",
    ) + wrap(blocks.join("\n"))
  );
}

function bangumiPost(random: Random): string {
  const cover = `https://cors.zfour.workers.dev/?http://lain.bgm.tv/pic/cover/l/${Math.floor(random() * 99)}/ab/${Math.floor(random() * 1e6)}.jpg`;
  return (
    currentFrontMatter(
      english(random, 3),
      ["二次元", "Bangumi", "放送列表"],
      "Bangumi",
      rfc822(random),
      cover,
    ) + wrap(`<img src="${cover}" referrerpolicy="no-referrer"><br>${words(random, 40)}`)
  );
}

function legacyPost(random: Random, i: number): string {
  const title = i % 3 === 0 ? `"""""""'第${i % 24}集'"""""""` : `'第${i % 24}集'`;
  return `\n---\ntitle: ${title}\ncategories: \n    - 二次元\n    - AGE 动漫 - 番剧详情\nauthor: AGE 动漫 - 番剧详情\ncomments: false\ndate: ${zoneless(random)}\nthumbnail: ''\n---\n\n${wrap(`第${i % 24}集  `)}`;
}

function jandanPost(random: Random): string {
  const gifs = Array.from(
    { length: 1 + Math.floor(random() * 5) },
    () =>
      `<img src="//wx1.sinaimg.cn/mw600/${Math.floor(random() * 1e9).toString(16)}.gif" referrerpolicy="no-referrer"><br>`,
  );
  return (
    currentFrontMatter(
      words(random, 8).slice(0, 10),
      ["图片", "煎蛋", "首页"],
      "煎蛋",
      rfc822(random),
      picsum(random),
    ) + wrap(`<p>${words(random, 60)}</p>${gifs.join("")}`)
  );
}

function newsPost(random: Random): string {
  const body = Array.from(
    { length: 6 + Math.floor(random() * 12) },
    () => `<p>${words(random, 100 + random() * 200)}</p>`,
  );
  body.splice(
    1,
    0,
    `<p><img src="https://img.36krcdn.com/${Math.floor(random() * 1e9)}.png" data-img-size-val="1080,720"></p>`,
  );
  return (
    currentFrontMatter(
      words(random, 16).slice(0, 22),
      ["新媒体", "36kr", "资讯"],
      "36kr",
      rfc822(random),
      picsum(random),
    ) + wrap(body.join("\n"))
  );
}

function pickWeighted(random: Random, shapes: Shape[]): Shape {
  const total = shapes.reduce((sum, s) => sum + s.weight, 0);
  let roll = random() * total;
  for (const shape of shapes) {
    roll -= shape.weight;
    if (roll < 0) return shape;
  }
  return shapes[0] as Shape;
}

/** A small, fast, seedable PRNG, so the same seed always writes the same posts. */
function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
