/**
 * The pages' one stylesheet, served from our own origin: the Content-Security-Policy
 * (`style-src 'self'`) forbids inline `<style>` and `style=""`, and pages load no web fonts.
 */
import { fingerprint } from "./fingerprint.ts";

// System fonts only: Latin faces first so Latin text keeps its shapes, then the CJK faces of each
// platform (macOS/iOS, Linux/Android, Windows), so Chinese never falls back to a serif.
const SANS =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", ' +
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

/** The CSS of every page. */
export const STYLESHEET = `:root {
  color-scheme: light dark;
  --text: #1f2328;
  --muted: #59636e;
  --background: #fdfdfc;
  --link: #0b57d0;
  --visited: #6f42c1;
  --rule: #d8dee4;
  --code: #f2f3f5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e3e5e8;
    --muted: #9da5ae;
    --background: #16181b;
    --link: #8ab4f8;
    --visited: #c5a8ff;
    --rule: #33383e;
    --code: #23272c;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  max-width: 38em;
  margin: 0 auto;
  padding: 1rem 1.25rem 3rem;
  font-family: ${SANS};
  font-size: 1.0625rem;
  line-height: 1.8;
  color: var(--text);
  background: var(--background);
  /* Long URLs and Latin words wrap instead of widening the page on a phone. */
  overflow-wrap: break-word;
}
h1, h2, h3, h4 { line-height: 1.4; font-weight: 600; margin: 1.6em 0 0.6em; }
h1 { font-size: 1.6em; margin-top: 0.8em; }
h2 { font-size: 1.3em; }
h3 { font-size: 1.12em; }
a { color: var(--link); text-underline-offset: 0.2em; }
a:visited { color: var(--visited); }
a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.2em 0; }
figcaption, .meta, .count, .site-footer, .pager-position { color: var(--muted); font-size: 0.875em; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
blockquote { margin: 1.2em 0; padding: 0 0 0 1em; border-left: 3px solid var(--rule); color: var(--muted); }
code, kbd, samp, pre { font-family: ${MONO}; font-size: 0.9em; }
code { background: var(--code); padding: 0.1em 0.3em; border-radius: 3px; }
/* Code and tables scroll inside their own box, never the page. */
pre { background: var(--code); padding: 0.8em 1em; border-radius: 4px; overflow-x: auto; line-height: 1.5; }
pre code { background: none; padding: 0; font-size: 1em; }
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; margin: 1.2em 0; font-size: 0.9375em; line-height: 1.6; }
/* Without a floor, a wide table squeezes Chinese cells to one character a line instead of scrolling. */
th, td { min-width: 6em; border: 1px solid var(--rule); padding: 0.3em 0.6em; }
.site-header { border-bottom: 1px solid var(--rule); padding-bottom: 0.5em; }
.site-name { margin: 0; font-weight: 600; }
.site-name a, .site-name a:visited { color: var(--text); text-decoration: none; }
.site-description { margin: 0; color: var(--muted); }
.site-footer { border-top: 1px solid var(--rule); margin-top: 3em; padding-top: 1em; }
.breadcrumbs ol { display: flex; flex-wrap: wrap; gap: 0 0.4em; list-style: none; margin: 1em 0 0; padding: 0; }
/* The same room on both sides of each "›" (the space in the markup is narrower than the gap). */
.breadcrumbs li { display: flex; gap: 0.4em; }
.breadcrumbs { color: var(--muted); font-size: 0.875em; }
.separator { color: var(--muted); }
.entries { list-style: none; margin: 0; padding: 0; }
.entry { border-bottom: 1px solid var(--rule); padding: 1em 0; }
.entry h2 { font-size: 1.15em; margin: 0 0 0.3em; }
.entry p { margin: 0.4em 0 0; }
/* A listed article's picture is a thumbnail beside its summary, one box for every picture (a 100 px
   avatar, a 1200 px banner, a portrait poster), so a phone shows several articles a screen. */
.entry article { display: flow-root; }
.entry img { float: right; width: 7.5em; height: 5em; object-fit: cover; margin: 0.4em 0 0.4em 1em; border-radius: 4px; }
/* Without a summary to sit beside, it goes under the date, on the left. */
.entry img:last-child { float: none; display: block; margin: 0.6em 0 0; }
.meta { margin: 0.3em 0; }
/* A short link breaks between links, not inside one ("JSON / Feed"). */
.feeds a, .site-footer a { white-space: nowrap; }
.pager { display: flex; justify-content: space-between; align-items: baseline; gap: 1em; margin: 1.5em 0; }
.category-tree { list-style: none; margin: 0; padding: 0; }
.category-tree .category-tree { padding-left: 1.2em; }
.category-tree li { margin: 0.3em 0; }
.content { margin: 1.5em 0; }
.category-tree .feeds { font-size: 0.875em; }
.content h1, .content h2 { font-size: 1.2em; }
`;

/** Root-relative URL of the stylesheet; the name changes with the text, so it can be cached `immutable`. */
export const STYLESHEET_PATH = `/assets/style.${fingerprint(STYLESHEET)}.css`;
