/**
 * Escapes JSON text for the inside of a single-quoted JavaScript string literal: backslashes,
 * quotes and the line terminators JSON leaves raw (it writes LF and CR as `\n` and `\r` already).
 * One native pass each, no callback per match: the JSON of HTML has a backslash before every
 * attribute's quote. Each character is escaped on its own, so escaping the pieces of a text one by
 * one gives the same as escaping the whole.
 *
 * @example
 * escapeForSingleQuotes(`{"a":"it's \\"x\\""}`) // `{"a":"it\\'s \\\\"x\\\\""}`
 */
export function escapeForSingleQuotes(json: string): string {
  return json
    .replaceAll("\\", "\\\\")
    .replaceAll("'", "\\'")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}
