/**
 * Which image URLs may be proxied: http(s) to a public host. Used by the build (to decide what enters
 * the image table) and by the worker (to check every URL and redirect target again at request time).
 *
 * Hostnames are judged as the WHATWG URL parser leaves them, so `http://2130706433/` and
 * `http://0x7f.1/` arrive here as `127.0.0.1`. Names are not resolved: a public name that resolves to
 * a private address is refused by Cloudflare's own fetch, which never reaches private networks.
 */

/** Options for the public-address checks. */
export interface PublicHostOptions {
  /** Accept loopback hosts (127.0.0.0/8, ::1, localhost). Tests and local demos only. */
  allowLoopback?: boolean;
}

/**
 * True when `url` is an absolute http(s) URL to a public host, without credentials.
 *
 * @example
 * isProxyableUrl("https://n.sinaimg.cn/a.jpg") // true
 * isProxyableUrl("http://192.168.1.1/a.jpg")   // false
 */
export function isProxyableUrl(url: string | URL, options: PublicHostOptions = {}): boolean {
  let parsed: URL;
  try {
    parsed = typeof url === "string" ? new URL(url) : url;
  } catch {
    return false;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return false;
  if (parsed.username !== "" || parsed.password !== "") return false;
  return isPublicHost(parsed.hostname, options);
}

/**
 * True when `hostname` (as `URL.hostname` gives it; IPv6 in brackets) is neither loopback, private,
 * link-local, nor otherwise reserved.
 *
 * @example
 * isPublicHost("pic1.zhimg.com")                         // true
 * isPublicHost("[::1]")                                  // false
 * isPublicHost("127.0.0.1", { allowLoopback: true })     // true
 */
export function isPublicHost(hostname: string, options: PublicHostOptions = {}): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "") return false;
  if (host.startsWith("[")) return isPublicIpv6(host.slice(1, -1), options);
  const v4 = parseIpv4(host);
  if (v4 !== null) return isPublicIpv4(v4, options);
  return isPublicName(host, options);
}

/** Names that never point at the public internet (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal). */
const PRIVATE_SUFFIXES = [
  ".localhost",
  ".local",
  ".internal",
  ".home.arpa",
  ".localdomain",
  ".lan",
  ".intranet",
];

function isPublicName(host: string, options: PublicHostOptions): boolean {
  if (host === "localhost" || host.endsWith(".localhost")) return options.allowLoopback === true;
  // A single label resolves through the local search domain, never to a public site.
  if (!host.includes(".")) return false;
  return !PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

function parseIpv4(host: string): number[] | null {
  const parts = host.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

/** IANA IPv4 Special-Purpose Address Registry (RFC 6890) blocks that are not globally reachable. */
const IPV4_RESERVED: Array<[number, number, number]> = [
  // [first octet, second-octet mask, second-octet value]: enough precision for these blocks.
  [0, 0, 0], // 0.0.0.0/8 "this network"
  [10, 0, 0], // 10.0.0.0/8 private
  [100, 0xc0, 64], // 100.64.0.0/10 shared address space (CGNAT)
  [169, 0xff, 254], // 169.254.0.0/16 link-local (cloud metadata lives here)
  [172, 0xf0, 16], // 172.16.0.0/12 private
  [192, 0xff, 168], // 192.168.0.0/16 private
  [198, 0xfe, 18], // 198.18.0.0/15 benchmarking
];

function isPublicIpv4(octets: number[], options: PublicHostOptions): boolean {
  const [a = 0, b = 0, c = 0] = octets;
  if (a === 127) return options.allowLoopback === true;
  if (a >= 224) return false; // 224/4 multicast, 240/4 reserved, 255.255.255.255 broadcast
  if (IPV4_RESERVED.some(([first, mask, value]) => a === first && (b & mask) === value)) return false;
  // 192.0.0.0/24 protocol assignments, 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 documentation.
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false;
  if (a === 198 && b === 51 && c === 100) return false;
  if (a === 203 && b === 0 && c === 113) return false;
  return true;
}

function isPublicIpv6(host: string, options: PublicHostOptions): boolean {
  const words = parseIpv6(host);
  if (words === null) return false;
  const [w0 = 0, w1 = 0, , , , w5 = 0, w6 = 0, w7 = 0] = words;
  const allZeroUpTo = (n: number) => words.slice(0, n).every((w) => w === 0);
  if (allZeroUpTo(7) && w7 === 1) return options.allowLoopback === true; // ::1
  if (allZeroUpTo(8)) return false; // ::
  // ::ffff:a.b.c.d (mapped) and 64:ff9b::a.b.c.d (NAT64) reach the embedded IPv4 address.
  const embedsIpv4 = (allZeroUpTo(5) && w5 === 0xffff) || (w0 === 0x64 && w1 === 0xff9b);
  if (embedsIpv4) return isPublicIpv4([w6 >> 8, w6 & 0xff, w7 >> 8, w7 & 0xff], options);
  if ((w0 & 0xfe00) === 0xfc00) return false; // fc00::/7 unique local
  if ((w0 & 0xffc0) === 0xfe80) return false; // fe80::/10 link-local
  if ((w0 & 0xff00) === 0xff00) return false; // ff00::/8 multicast
  if (w0 === 0x2001 && w1 === 0x0db8) return false; // 2001:db8::/32 documentation
  if (w0 === 0x0100 && allZeroUpTo(4)) return false; // 100::/64 discard
  if (allZeroUpTo(6)) return false; // ::a.b.c.d, deprecated IPv4-compatible
  return true;
}

/**
 * Parses an IPv6 address as the URL parser serializes it (RFC 5952: lower-case hex, `::` for the
 * longest zero run, embedded IPv4 already rewritten as hex) into eight 16-bit words.
 */
function parseIpv6(host: string): number[] | null {
  if (!/^[0-9a-f:]+$/.test(host)) return null;
  const halves = host.split("::");
  if (halves.length > 2) return null;
  const toWords = (part: string) => (part === "" ? [] : part.split(":").map((w) => Number.parseInt(w, 16)));
  const head = toWords(halves[0] ?? "");
  const rest = halves.length === 2 ? toWords(halves[1] ?? "") : [];
  const known = head.length + rest.length;
  if ([...head, ...rest].some((w) => Number.isNaN(w) || w > 0xffff) || known > 8) return null;
  if (halves.length === 1 && known !== 8) return null;
  return [...head, ...new Array<number>(8 - known).fill(0), ...rest];
}
