import { isProxyableUrl } from "../../net/public-host.ts";
import { ImageProxyError } from "./image-proxy-error.ts";

/** How one upstream exchange is made. */
export interface UpstreamFetchOptions {
  /** Sent on every hop: a fixed User-Agent and Accept, and the client's conditional headers. */
  headers: Headers;
  /** Lower-case host -> the Referer sent to that host, and to no other. */
  referers: Readonly<Record<string, string>>;
  /** Accept loopback hosts (tests and local demos). */
  allowLoopback: boolean;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  /** Ends the exchange, body included: workerd aborts reads of a fetched body on its fetch's signal. */
  signal: AbortSignal;
}

/** RFC 9110 §15.4: the statuses that redirect with a Location; 304 and 300 do not. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches `url`, following redirects by hand so that every target is checked the way the first URL is:
 * http(s) to a public host. Resolves with the first response that is not a redirect.
 *
 * @example
 * await fetchUpstream("https://n.sinaimg.cn/a.jpg", { headers, referers: {}, allowLoopback: false,
 *   maxRedirects: 3, signal: AbortSignal.timeout(5000) })
 * @throws ImageProxyError 502 for a refused URL or redirect, a redirect without a target, or too many.
 */
export async function fetchUpstream(url: string, options: UpstreamFetchOptions): Promise<Response> {
  let target = parseUrl(url);
  for (let redirects = 0; ; redirects++) {
    const checked = checkTarget(target, options, redirects > 0);
    const response = await fetch(checked, {
      headers: headersFor(checked, options),
      redirect: "manual",
      signal: options.signal,
    });
    if (!REDIRECTS.has(response.status)) return response;
    await response.body?.cancel();
    if (redirects === options.maxRedirects) {
      throw new ImageProxyError(502, `more than ${options.maxRedirects} redirects`);
    }
    const location = response.headers.get("location");
    if (location === null) {
      throw new ImageProxyError(502, `upstream answered ${response.status} without a Location`);
    }
    // RFC 9110 §10.2.2: Location may be relative to the URL that answered.
    target = parseUrl(location, checked);
  }
}

function checkTarget(url: URL | null, options: UpstreamFetchOptions, isRedirect: boolean): URL {
  if (url === null || !isProxyableUrl(url, { allowLoopback: options.allowLoopback })) {
    const what = isRedirect ? "redirect" : "image URL";
    throw new ImageProxyError(502, `${what} is not http(s) to a public host`);
  }
  return url;
}

/** `new URL`, or null for text that is no URL. (`URL.parse` is not in the pinned workers-types.) */
function parseUrl(text: string, base?: URL): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

function headersFor(url: URL, options: UpstreamFetchOptions): Headers {
  const referer = Object.hasOwn(options.referers, url.hostname) ? options.referers[url.hostname] : undefined;
  if (referer === undefined) return options.headers;
  const headers = new Headers(options.headers);
  headers.set("referer", referer);
  return headers;
}
