/**
 * Problems the build finds in content. Modules return `FieldProblem`s; the build adds the file and
 * prints one line per problem, e.g.
 * `build: content/x.md: front matter "date" is not a date ("2023-13-01")`.
 */

/** What is wrong with one field of one post; the build adds the file. */
export interface FieldProblem {
  /** Where in the post: a front-matter key (`date`), `front matter`, `body`, `file`, or `body <img>`. */
  field: string;
  /** The offending value as written (shortened when long); "" when there is none. */
  value: string;
  /** What is wrong and what the build did about it, lower case, no final period. */
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

/** One line for a problem: `build: <file>: <field> "<value>": <message>`. */
export function formatProblem(problem: Problem): string {
  const value = problem.value === "" ? "" : ` (${JSON.stringify(shortenValue(problem.value))})`;
  return `build: ${problem.file}: ${problem.field}${value}: ${problem.message}`;
}
