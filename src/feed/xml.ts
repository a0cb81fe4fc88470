/**
 * Escaping for the XML formats (RSS, Atom, OPML), and the character filter that every format,
 * JSON Feed included, applies to what it writes.
 */

// XML 1.0 §2.2 `Char` leaves out the C0 controls but tab, LF and CR, U+FFFE, U+FFFF, and lone
// surrogates. The screen also hits every surrogate, paired or not: in `u` mode the regex could
// tell them apart itself, but it runs several times slower on long text, and articles are long.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const SUSPECT_ALL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;

// One screen for both jobs of `escapeXml`: most text needs neither.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
const SPECIAL_OR_SUSPECT = /[&<>"\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const SPECIAL_ALL = /[&<>"]/g;

// XML 1.0 §4.6's predefined entities. The RSS Best Practices Profile suggests hexadecimal references
// (`&#x26;`) for text; XML parsers read both the same, but some feed libraries built on
// fast-xml-parser leave numeric references undecoded in attributes, which turned paging links into
// `?limit=7&#x26;page=2`. Every parser decodes `&amp;`.
const REFERENCES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Removes the characters XML 1.0 forbids anywhere in a document; keeps everything else, emoji
 * (surrogate pairs) included.
 *
 * @example
 * withoutForbiddenChars("a\u0001b\uFFFE😀") // "ab😀"
 */
export function withoutForbiddenChars(text: string): string {
  return SUSPECT.test(text) ? text.replace(SUSPECT_ALL, keepSurrogatePair) : text;
}

/** Keeps half of a surrogate pair (a character beyond U+FFFF, such as an emoji); drops the rest. */
function keepSurrogatePair(char: string, offset: number, text: string): string {
  const code = char.charCodeAt(0);
  if (isHighSurrogate(code)) return isLowSurrogate(text.charCodeAt(offset + 1)) ? char : "";
  if (isLowSurrogate(code)) return isHighSurrogate(text.charCodeAt(offset - 1)) ? char : "";
  return "";
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Plain text as XML character data, safe both between tags and inside a double-quoted attribute.
 *
 * @example
 * escapeXml('AT&T <3 "x"') // "AT&amp;T &lt;3 &quot;x&quot;"
 */
export function escapeXml(text: string): string {
  if (!SPECIAL_OR_SUSPECT.test(text)) return text;
  return withoutForbiddenChars(text).replace(SPECIAL_ALL, (char) => REFERENCES[char] as string);
}

/**
 * Markup (HTML) as one CDATA section, so it reaches the reader unchanged without escaping every
 * `<` of a long article. A `]]>` inside, which would end the section early, is split across two
 * sections (XML 1.0 §2.7).
 *
 * @example
 * cdata("<p>a]]>b</p>") // "<![CDATA[<p>a]]]]><![CDATA[>b</p>]]>"
 */
export function cdata(markup: string): string {
  return cleanCdata(withoutForbiddenChars(markup));
}

/**
 * `cdata` for markup that holds no character XML forbids, such as `FeedItem.html`: the same section,
 * without the scan for them, which would cost as much as the rest of a feed's rendering.
 *
 * @example
 * cleanCdata("<p>a]]>b</p>") // "<![CDATA[<p>a]]]]><![CDATA[>b</p>]]>"
 */
export function cleanCdata(markup: string): string {
  const safe = markup.includes("]]>") ? markup.replaceAll("]]>", "]]]]><![CDATA[>") : markup;
  return `<![CDATA[${safe}]]>`;
}
