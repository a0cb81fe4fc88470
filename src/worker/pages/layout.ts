import type { Settings } from "../../site.ts";
import { FAVICON_PATH } from "./favicon.ts";
import { renderFeedLinks } from "./feed-links.ts";
import { type Html, html } from "./html.ts";
import { STYLESHEET_PATH } from "./stylesheet.ts";
import { UI_TEXT } from "./ui-text.ts";

/** What one page puts into the common frame. */
export interface PageFrame {
  /** The whole `<title>`. */
  title: string;
  /** `<meta name="description">`, when there is something to say. */
  description?: string;
  /** Absolute URL of the page's canonical form. */
  canonical?: string;
  /** Feed autodiscovery links (`renderFeedAlternates`). */
  alternates?: Html;
  /** False for error pages, which search engines should not keep. */
  isIndexable?: boolean;
  /** The home page names the site as its heading; other pages link to it. */
  isHome?: boolean;
  /** The page's own content, inside `<main>`. */
  main: Html;
}

/**
 * A complete HTML document: head (charset, viewport, referrer policy, stylesheet, canonical,
 * autodiscovery), the site's header and footer, and the page's content. No script, no inline
 * style, nothing loaded from another origin.
 *
 * @example
 * renderLayout(settings, { title: "Edgefeed", main: html`<p>…</p>` }) // "<!doctype html>\n<html lang=\"zh-CN\">…"
 */
export function renderLayout(settings: Settings, frame: PageFrame): string {
  const masthead = frame.isHome
    ? html`<h1 class="site-name">${settings.siteTitle}</h1>${
        settings.siteDescription !== "" && html`<p class="site-description">${settings.siteDescription}</p>`
      }`
    : html`<p class="site-name"><a href="/">${settings.siteTitle}</a></p>`;
  // The referrer policy matters: image hosts refuse requests whose Referer is a foreign site.
  const page = html`<html lang="${settings.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
${frame.isIndexable === false && html`<meta name="robots" content="noindex">\n`}<title>${frame.title}</title>
${frame.description && html`<meta name="description" content="${frame.description}">\n`}<link rel="stylesheet" href="${STYLESHEET_PATH}">
<link rel="icon" href="${FAVICON_PATH}" type="image/svg+xml">
${frame.canonical && html`<link rel="canonical" href="${frame.canonical}">\n`}${frame.alternates}</head>
<body>
<header class="site-header">${masthead}</header>
<main>
${frame.main}
</main>
<footer class="site-footer">${UI_TEXT.subscribeSite}：${renderFeedLinks("/")} · <a href="/opml.xml" type="text/x-opml">${UI_TEXT.opml}</a></footer>
</body>
</html>
`;
  return `<!doctype html>\n${page.toString()}`;
}
