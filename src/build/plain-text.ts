import { decodeHTML } from "entities";

// Tag names start with a letter (WHATWG HTML, "tag open state"), so `a < b` and `1<2>` are text.
// Quoted attribute values may hold `>`. The alternatives start with distinct characters and stop at
// the next `<`, so unclosed tags cost linear time, not quadratic.
const TAG = /<\/?[A-Za-z][^<>"']*(?:(?:"[^"]*"|'[^']*')[^<>"']*)*>/g;
const LINE_BREAK = /<br\s*\/?>/gi;
// An unclosed comment runs to the end, as in a browser (and in linear time).
const COMMENT = /<!--(?:[\s\S]*?-->|[\s\S]*$)/g;
const DECLARATION = /<[!?][^<>]*>/g;

// XML 1.0 §2.2 `Char` excludes C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and lone
// surrogates. It also discourages DEL and the C1 controls, which in a title are always debris.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const NOT_XML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Surrogate}/gu;

// Kangxi Radicals and CJK Radicals Supplement: copied from PDFs in place of the ideographs they look like.
const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/g;

/**
 * Turns a title or author written as HTML into plain text: tags removed keeping their text, entities
 * decoded, characters XML forbids removed, whitespace collapsed and trimmed. A `<` or `&` that starts
 * no tag or entity stays as written; each renderer escapes it.
 *
 * The text is NFC (W3C Character Model: Normalization), and CJK radicals (`⼥` U+2F25) become the
 * ideographs they stand for (`女`), so titles read and search the same as the body. Full NFKC is not
 * applied: it would also rewrite full-width punctuation, `①` and `™`, which authors chose.
 *
 * @example
 * toPlainText("<b>Q&amp;A</b>:  1 < 2 &  more") // "Q&A: 1 < 2 & more"
 */
export function toPlainText(raw: string): string {
  const text = raw.replace(COMMENT, "").replace(DECLARATION, "").replace(LINE_BREAK, " ").replace(TAG, "");
  return decodeHTML(text)
    .replace(NOT_XML_TEXT, "")
    .replace(RADICAL, (radical) => radical.normalize("NFKC"))
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim();
}
