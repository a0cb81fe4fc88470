/**
 * How long rendering one feed page takes, ours against the `feed` package on the same data.
 * Not a test: it prints a table. `npm run bench:render` (optionally `-- --runs 500`).
 *
 * Each figure is the median CPU time (user + system, `process.cpuUsage`) of one render after a
 * warm-up, over many runs. The `feed` package is timed from its options object to its string, as a
 * handler would use it; ours from a `FeedDocument` to its string. The "+ UTF-8" columns add what a
 * Response pays next: flattening and encoding the string. The documents go through JSON first, so
 * their strings are flat, as the bundle's are after JSON.parse. The last line times the adapter,
 * `toFeedItem`, over the same articles.
 */
import { Feed } from "feed";
import { renderAtom } from "../../src/feed/atom.ts";
import type { FeedDocument } from "../../src/feed/feed-document.ts";
import { toFeedItem } from "../../src/feed/feed-item.ts";
import { renderJsonFeed } from "../../src/feed/json-feed.ts";
import { renderRss } from "../../src/feed/rss.ts";
import type { Bundle } from "../../src/model.ts";
import { BASE_URL, sampleFeedDocument } from "../feed/sample-feed.ts";
import { medianCpuMilliseconds } from "./cpu-time.ts";
import { printTable } from "./print-table.ts";

const runsArgument = process.argv.indexOf("--runs");
const RUNS = runsArgument === -1 ? 300 : Number(process.argv[runsArgument + 1]);
const WARMUP = Math.max(20, Math.floor(RUNS / 5));

type Render = (doc: FeedDocument) => string;

const FORMATS: { name: string; ours: Render; theirs: (feed: Feed) => string }[] = [
  { name: "RSS 2.0", ours: renderRss, theirs: (feed) => feed.rss2() },
  { name: "Atom 1.0", ours: renderAtom, theirs: (feed) => feed.atom1() },
  { name: "JSON Feed", ours: renderJsonFeed, theirs: (feed) => feed.json1() },
];

const encoder = new TextEncoder();

function toFeedPackage(doc: FeedDocument): Feed {
  const feed = new Feed({
    id: doc.homeUrl,
    link: doc.homeUrl,
    title: doc.title,
    description: doc.description,
    language: doc.language,
    updated: new Date(doc.updated),
    generator: "Edgefeed",
    feedLinks: { rss: doc.selfUrl },
    author: { name: doc.author },
    copyright: "",
  });
  for (const item of doc.items) {
    feed.addItem({
      id: item.url,
      link: item.url,
      title: item.title,
      description: item.summary,
      content: item.html,
      date: new Date(item.date),
      // (An empty author array crashes its json1(), so none is given instead.)
      ...(item.author === "" ? {} : { author: [{ name: item.author }] }),
      category: item.categories.map((name) => ({ name })),
      ...(item.image === null ? {} : { image: { url: item.image.url, type: item.image.type, length: 0 } }),
    });
  }
  return feed;
}

/** The document's items as a bundle's articles: root-relative image sources, a category path. */
function toBundle(doc: FeedDocument): Bundle {
  return {
    format: 1,
    version: "bench",
    articles: doc.items.map((item, index) => ({
      id: String(index),
      title: item.title,
      author: item.author,
      date: item.date,
      dated: item.dated,
      category: 3,
      summary: item.summary,
      image: null,
      html: item.html.replaceAll(`src="${BASE_URL}/img/`, 'src="/img/'),
      source: `${index}.md`,
    })),
    categories: ["", "金融", "新浪财经", "新浪财经－国內"].map((label, index) => ({
      label,
      path: [],
      parent: index - 1,
      children: index < 3 ? [index + 1] : [],
      articles: [],
    })),
    images: {},
    allowLoopbackImages: false,
  };
}

/** Median CPU milliseconds of `run`, and the size of what it returned. */
function measure(run: () => string, encode: boolean): { ms: number; bytes: number } {
  let bytes = 0;
  for (let i = 0; i < WARMUP; i++) bytes = encoder.encode(run()).length;
  const ms = medianCpuMilliseconds(RUNS, () => {
    const text = run();
    if (encode) encoder.encode(text);
  });
  return { ms, bytes };
}

const rows: string[][] = [
  ["items", "format", "size", "ours ms", "+ UTF-8", "feed pkg ms", "+ UTF-8", "feed/ours"],
];
const adapterRows: string[] = [];
for (const count of [20, 100]) {
  const doc = JSON.parse(JSON.stringify(sampleFeedDocument(count))) as FeedDocument;
  for (const format of FORMATS) {
    const ours = measure(() => format.ours(doc), false);
    const oursEncoded = measure(() => format.ours(doc), true);
    const theirs = measure(() => format.theirs(toFeedPackage(doc)), false);
    const theirsEncoded = measure(() => format.theirs(toFeedPackage(doc)), true);
    rows.push([
      String(count),
      format.name,
      `${Math.round(ours.bytes / 1024)} KiB`,
      ours.ms.toFixed(3),
      oursEncoded.ms.toFixed(3),
      theirs.ms.toFixed(3),
      theirsEncoded.ms.toFixed(3),
      `${(theirs.ms / ours.ms).toFixed(1)}x`,
    ]);
  }
  const bundle = toBundle(doc);
  const links = { baseUrl: BASE_URL, url: `${BASE_URL}/posts/x` };
  const adapter = measure(() => {
    for (const article of bundle.articles) toFeedItem(article, bundle, links);
    return "";
  }, false);
  adapterRows.push(`toFeedItem for ${count} articles: ${adapter.ms.toFixed(3)} ms`);
}

console.log(
  `Median CPU time per render, ${RUNS} runs after ${WARMUP} warm-up runs (Node ${process.version})`,
);
printTable(rows);
for (const row of adapterRows) console.log(row);
