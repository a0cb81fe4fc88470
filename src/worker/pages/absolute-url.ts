/**
 * An absolute URL from the site's origin and a root-relative path, for the links that leave the
 * page (`rel="canonical"`, feed autodiscovery). A trailing slash on `origin` is ignored, and a
 * path prefix on it is kept (BASE_URL may have one).
 *
 * @example
 * absoluteUrl("https://news.example.com/", "/rss.xml") // "https://news.example.com/rss.xml"
 */
export function absoluteUrl(origin: string, path: string): string {
  return origin.replace(/\/+$/, "") + path;
}
