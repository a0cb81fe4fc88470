import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * Debian's python3-feedparser and python3-listparser, run on a document given on stdin. Debian's
 * own Python (/usr/bin/python3) is used on purpose: the packages install for it, not for a pyenv or
 * venv Python that PATH may prefer. `.ci/run` must install both packages before the tests.
 */

const PYTHON = "/usr/bin/python3";

/** What feedparser made of a feed: its `bozo` flag and the fields the tests compare. */
export interface FeedparserResult {
  bozo: boolean;
  bozoException: string;
  version: string;
  feed: {
    title: string | null;
    subtitle: string | null;
    link: string | null;
    id: string | null;
    language: string | null;
    author: string | null;
    links: { rel: string; href: string; type?: string }[];
  };
  entries: {
    title: string | null;
    titleType: string | null;
    link: string | null;
    id: string | null;
    /** Seconds since the epoch, or null. */
    published: number | null;
    updated: number | null;
    author: string | null;
    tags: string[];
    summary: string | null;
    summaryType: string | null;
    content: string | null;
    enclosures: { href: string; type: string }[];
    thumbnails: string[];
  }[];
}

const FEEDPARSER_SCRIPT = `
import calendar, json, sys
import feedparser
d = feedparser.parse(sys.stdin.buffer.read())
def seconds(t):
    return None if t is None else calendar.timegm(t)
def entry(e):
    content = e.get("content") or []
    return {
        "title": e.get("title"), "titleType": (e.get("title_detail") or {}).get("type"),
        "link": e.get("link"), "id": e.get("id"),
        "published": seconds(e.get("published_parsed")), "updated": seconds(e.get("updated_parsed")),
        "author": e.get("author"), "tags": [t.get("term") for t in e.get("tags") or []],
        "summary": e.get("summary"), "summaryType": (e.get("summary_detail") or {}).get("type"),
        "content": content[0].get("value") if content else None,
        "enclosures": [{"href": x.get("href"), "type": x.get("type")} for x in e.get("enclosures") or []],
        "thumbnails": [x.get("url") for x in e.get("media_thumbnail") or []],
    }
f = d.feed
print(json.dumps({
    "bozo": bool(d.bozo), "bozoException": str(d.get("bozo_exception", "")), "version": d.get("version", ""),
    "feed": {
        "title": f.get("title"), "subtitle": f.get("subtitle"), "link": f.get("link"), "id": f.get("id"),
        "language": f.get("language"), "author": f.get("author"),
        "links": [{k: v for k, v in l.items() if k in ("rel", "href", "type")} for l in f.get("links") or []],
    },
    "entries": [entry(e) for e in d.entries],
}))
`;

/** Parses a feed with python3-feedparser. Fails with how to install it when it is missing. */
export function parseWithFeedparser(document: string): FeedparserResult {
  return runPython("feedparser", "python3-feedparser", FEEDPARSER_SCRIPT, document) as FeedparserResult;
}

/** What listparser made of a subscription list. */
export interface ListparserResult {
  bozo: boolean;
  bozoException: string;
  version: string;
  title: string | null;
  feeds: { url: string; title: string; categories: string[][] }[];
}

const LISTPARSER_SCRIPT = `
import io, json, sys
import listparser
r = listparser.parse(io.BytesIO(sys.stdin.buffer.read()))
print(json.dumps({
    "bozo": bool(r.bozo), "bozoException": str(r.get("bozo_exception", "")), "version": r.get("version", ""),
    "title": r.meta.get("title"),
    "feeds": [{"url": f.url, "title": f.title, "categories": f.categories} for f in r.feeds],
}))
`;

/** Parses an OPML subscription list with python3-listparser. */
export function parseWithListparser(document: string): ListparserResult {
  return runPython("listparser", "python3-listparser", LISTPARSER_SCRIPT, document) as ListparserResult;
}

function runPython(module: string, aptPackage: string, script: string, input: string): unknown {
  const install = `install it with: apt-get install -y ${aptPackage} (it runs under ${PYTHON})`;
  if (!existsSync(PYTHON)) throw new Error(`test: ${PYTHON} not found; ${install}`);
  const result = spawnSync(PYTHON, ["-c", script], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    if (result.stderr.includes(`No module named '${module}'`)) {
      throw new Error(`test: Python module ${module} is missing; ${install}`);
    }
    throw new Error(`test: ${module} failed (exit ${result.status}): ${result.stderr || result.error}`);
  }
  return JSON.parse(result.stdout);
}
