/**
 * Problems the build finds in content. Modules return `FieldProblem`s; the build adds the file and
 * prints one line per problem: `build: <file>: <field> <message> (<value>)`, e.g.
 * `build: content/x.md: front matter "date" is not a date ("2023-13-01"); using 2023-01-01 from the file name`.
 */

/** What is wrong with one field of one post; the build adds the file. */
export interface FieldProblem {
  /** Where in the post, as a phrase: `front matter "date"`, `front matter`, `body <img src>`, `file`. */
  field: string;
  /** The offending value as written (shortened when printed); "" when there is none. */
  value: string;
  /**
   * What is wrong, as a verb phrase that follows the field, then what the build did about it,
   * lower case, no final period: `is not a date; the post is dated 1970-01-01 (no usable date)`.
   * The value is printed after the first clause, so write `is not a date; …`.
   */
  message: string;
}

/** A problem with the file it was found in, and whether the post was skipped. */
export interface Problem extends FieldProblem {
  /** Content path as the user would type it (`content/sina/x.md`). */
  file: string;
  /** "skip": the file was not published. "warning": it was, with the fix `message` describes. */
  severity: "warning" | "skip";
}

const MAX_VALUE_CHARS = 80;

/** Shortens a value for a one-line report, keeping its start. */
export function shortenValue(value: string): string {
  const flat = value.replace(/\s+/g, " ");
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS)}…` : flat;
}

/** One line for a problem: `build: <file>: <field> <message>`, the value after the message's first clause. */
export function formatProblem(problem: Problem): string {
  const value = problem.value === "" ? "" : ` (${JSON.stringify(shortenValue(problem.value))})`;
  const cut = problem.message.indexOf(";");
  const message =
    cut === -1
      ? `${problem.message}${value}`
      : `${problem.message.slice(0, cut)}${value}${problem.message.slice(cut)}`;
  return `build: ${problem.file}: ${problem.field} ${message}`;
}
