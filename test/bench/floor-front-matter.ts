import matter from "gray-matter";

/**
 * The benchmarks' floor for front matter: gray-matter's parse (its YAML included) after the leading
 * newline every real post has (gray-matter alone then finds none); a block it cannot parse is cut
 * by hand, as the build recovers it. Returns the body.
 */
export function floorFrontMatterBody(text: string): string {
  const trimmed = text.trimStart();
  try {
    // An options object, even empty, keeps gray-matter from answering from its own cache.
    return matter(trimmed, {}).content;
  } catch {
    const end = trimmed.indexOf("\n---", 3);
    return trimmed.slice(trimmed.indexOf("\n", end + 1) + 1);
  }
}
