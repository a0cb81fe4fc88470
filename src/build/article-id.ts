import { hashBase32 } from "./base32-hash.ts";

const ID_LENGTH = 12;
const LONGER_BY = 4;

/**
 * Gives each post an id from its content path alone (relative, forward slashes, NFC), so it survives
 * edits of the title or body: the first 12 base32 characters (60 bits) of the path's SHA-256.
 *
 * Ids never repeat. Posts are taken in path order, and a post whose id is taken (a truncated-hash
 * collision, about one in 10^10 for 10,000 posts) gets a longer prefix of its own hash, so the post
 * that sorts first keeps its short id and no other post's id moves. Paths that normalize to the same
 * text (`a/b.md`, `./a\b.md`) use up the prefixes, then get `-2`, `-3`, … in raw-path order.
 *
 * `hashes` are the sources' `hashSource`, when already known (a rebuild keeps them).
 *
 * @example
 * assignArticleIds(["sina/post-1.md", "zhihu/post-1.md"]) // two different 12-character ids
 */
export function assignArticleIds(sources: string[], hashes = sources.map(hashSource)): string[] {
  const short = hashes.map((hash) => hash.slice(0, ID_LENGTH));
  // Without a collision every post keeps its short id whatever the order: no need to sort.
  if (new Set(short).size === short.length) return short;
  const paths = sources.map(normalizeSource);
  const order = sources
    .map((_, index) => index)
    .sort((a, b) => compare(paths[a], paths[b]) || compare(sources[a], sources[b]) || a - b);
  const taken = new Set<string>();
  const ids: string[] = new Array(sources.length);
  for (const index of order) {
    const hash = hashes[index] as string;
    let id = hash.slice(0, ID_LENGTH);
    for (let length = ID_LENGTH + LONGER_BY; taken.has(id) && length <= hash.length; length += LONGER_BY) {
      id = hash.slice(0, length);
    }
    for (let copy = 2; taken.has(id); copy += 1) id = `${hash.slice(0, ID_LENGTH)}-${copy}`;
    taken.add(id);
    ids[index] = id;
  }
  return ids;
}

/**
 * What a post's id is cut from: the hash of its normalized content path, in base32.
 *
 * @example
 * hashSource("./sina\\post-1.md") // hashBase32("sina/post-1.md")
 */
export function hashSource(source: string): string {
  return hashBase32(normalizeSource(source));
}

/**
 * A content path in the one form ids are computed from: forward slashes, no leading `./` or `/`,
 * no empty segments, NFC (macOS writes file names in NFD).
 *
 * @example
 * normalizeSource(".\\sina\\post-1.md") // "sina/post-1.md"
 */
export function normalizeSource(source: string): string {
  return source
    .replaceAll("\\", "/")
    .split("/")
    .filter((segment) => segment !== "" && segment !== ".")
    .join("/")
    .normalize("NFC");
}

function compare(a: string | undefined, b: string | undefined): number {
  return (a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0;
}
