/**
 * `Article.html` refers to the image proxy by root-relative URL (`src="/img/<key>"`); feeds and
 * pages publish absolute URLs on the site's base. The build writes every image that way, and text
 * never contains `src="` unescaped inside a tag, so one `replaceAll` does it.
 *
 * @example
 * withAbsoluteImages('<img src="/img/ab.jpg">', "https://news.example.com")
 * // '<img src="https://news.example.com/img/ab.jpg">'
 */
export function withAbsoluteImages(html: string, baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "").replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  return html.replaceAll('src="/img/', `src="${base}/img/`);
}
