import type { FieldProblem } from "./problems.ts";
import { isValidWallTime, utcTime, type WallTime, zonedTimeToUtc } from "./zoned-time.ts";

/** What a post's date is read against. */
export interface DateContext {
  /** Content path (`legacy-dlsite/2021-04-18-vol1.md`): a `YYYY-MM-DD` in it is the fallback date. */
  source: string;
  /** IANA zone for dates written without one. */
  timeZone: string;
  /** The build's clock: later dates are typos or placeholders. */
  now: Date;
}

/** A post's publication time, and what was wrong with the date as written. */
export interface PostDate {
  /** ISO 8601 in UTC with seconds: `2021-08-20T06:36:14Z`. */
  date: string;
  /** False when no date was usable and `date` is `1970-01-01T00:00:00Z`. */
  dated: boolean;
  problems: FieldProblem[];
}

const EARLIEST = Date.UTC(1990, 0, 1);
const UNDATED = "1970-01-01T00:00:00Z";
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// RFC 5322 §3.3 (RFC 822 §5 with RFC 1123 §5.2.14's 4-digit years); the weekday is not checked
// against the date, as feeds often get it wrong.
const RFC_822 =
  /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([a-z]{1,3}|[+-]\d{2}:?\d{2}))?$/i;
// ISO 8601 / RFC 3339 §5.6, also with a space for `T` and no zone (`2021-05-16 04:16:04`).
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// RFC 5322 §4.3 obsolete zones; military letters other than Z mean "-0000" there (unknown: UTC).
const ZONE_HOURS: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};

/**
 * Reads a date written as RFC 822/1123 (`Fri, 20 Aug 2021 06:36:14 GMT`, `... +0800`) or ISO 8601
 * (`2021-08-20T06:36:14Z`, `2021-08-20 14:36:14`, `2021-08-20`). A date with no zone is wall time
 * in `timeZone`. Returns the instant in milliseconds, or null when the text is no real date.
 *
 * @example
 * parseDate("2021-05-16 04:16:04", "Asia/Shanghai") // Date.parse("2021-05-15T20:16:04Z")
 */
export function parseDate(text: string, timeZone: string): number | null {
  const trimmed = text.trim();
  const rfc = RFC_822.exec(trimmed);
  if (rfc !== null) {
    const [, day, month, year, hour, minute, second, zone] = rfc as (string | undefined)[];
    const wall = readWallTime(
      year,
      MONTHS.indexOf(month?.toLowerCase() ?? "") + 1,
      day,
      hour,
      minute,
      second,
    );
    // RFC 5322 §4.3: two-digit years 00–49 are 20xx and 50–99 are 19xx; three digits add 1900.
    if (year?.length === 2) wall.year += wall.year < 50 ? 2000 : 1900;
    if (year?.length === 3) wall.year += 1900;
    return toInstant(wall, zone, timeZone);
  }
  const iso = ISO_8601.exec(trimmed);
  if (iso === null) return null;
  const [, year, month, day, hour, minute, second, zone] = iso as (string | undefined)[];
  return toInstant(readWallTime(year, month, day, hour, minute, second), zone, timeZone);
}

/**
 * Reads front matter `date` (text, or a Date from a YAML parser with timestamps) for a post.
 * A missing, unreadable, pre-1990 or future date is a problem, and the post gets a date that stays
 * the same from build to build: the first real `YYYY-MM-DD` in its path (midnight in the site's
 * zone), else `1970-01-01T00:00:00Z` with `dated: false`.
 *
 * A Date is taken as the instant it holds. YAML parsers read a zone-less timestamp as UTC, so pass
 * the text instead when it may lack a zone (`readFrontMatter` does).
 *
 * @example
 * readPostDate("Invalid Date", { source: "a/2021-04-18-x.md", timeZone: "UTC", now: new Date() })
 * // { date: "2021-04-18T00:00:00Z", dated: true, problems: [{ field: 'front matter "date"', ... }] }
 */
export function readPostDate(value: unknown, context: DateContext): PostDate {
  const { problem, written, instant } = checkDate(value, context);
  if (problem === null) return { date: toIsoSeconds(instant), dated: true, problems: [] };
  const field = 'front matter "date"';
  const fallback = findPathDate(context);
  if (fallback === null) {
    const message = `${problem}; the post is dated ${UNDATED.slice(0, 10)} (no usable date)`;
    return { date: UNDATED, dated: false, problems: [{ field, value: written, message }] };
  }
  const message = `${problem}; the post is dated ${fallback.day} from its ${fallback.where}`;
  return {
    date: toIsoSeconds(fallback.instant),
    dated: true,
    problems: [{ field, value: written, message }],
  };
}

/** Build times from `from` (inclusive) to `until` (exclusive), in epoch milliseconds; null: unbounded. */
export interface NowSpan {
  from: number | null;
  until: number | null;
}

/**
 * The build times over which `readPostDate(value, context)` gives the same result as at
 * `context.now`. Its only use of the clock is "is this instant in the future?" for the date as
 * written and for each date in the path, so the result holds from the latest of those instants
 * that are not in the future to just before the earliest that is. A build that keeps a post's
 * result checks that its own time is still in the span (a post dated tomorrow is published
 * tomorrow, and a clock set back unpublishes it again).
 *
 * @example
 * findSteadySpan("2030-01-01", { source: "a.md", timeZone: "UTC", now: new Date("2024-06-01") })
 * // { from: null, until: Date.parse("2030-01-01") }
 */
export function findSteadySpan(value: unknown, context: DateContext): NowSpan {
  const now = context.now.getTime();
  const span: NowSpan = { from: null, until: null };
  const { instant } = checkDate(value, context);
  const thresholds = [...listPathDates(context)].map((pathDate) => pathDate.instant);
  if (instant >= EARLIEST) thresholds.push(instant);
  for (const threshold of thresholds) {
    if (threshold > now) span.until = Math.min(span.until ?? threshold, threshold);
    else span.from = Math.max(span.from ?? threshold, threshold);
  }
  return span;
}

/** True when `now` lies in `span`. */
export function isInSpan(now: Date, span: NowSpan): boolean {
  const time = now.getTime();
  return (span.from === null || time >= span.from) && (span.until === null || time < span.until);
}

/**
 * Formats an instant as ISO 8601 in UTC with whole seconds.
 *
 * @example
 * toIsoSeconds(1629441374123) // "2021-08-20T06:36:14Z"
 */
export function toIsoSeconds(instant: number): string {
  return `${new Date(instant).toISOString().slice(0, 19)}Z`;
}

type Written = string | number | undefined;

function readWallTime(year: Written, month: Written, day: Written, ...time: Written[]): WallTime {
  const [hour, minute, second] = [0, 1, 2].map((i) => Number(time[i] ?? 0)) as [number, number, number];
  return { year: Number(year), month: Number(month), day: Number(day), hour, minute, second };
}

function toInstant(wall: WallTime, zone: string | undefined, timeZone: string): number | null {
  if (!isValidWallTime(wall)) return null;
  if (zone === undefined) return zonedTimeToUtc(wall, timeZone);
  const offset = readZoneOffset(zone);
  return offset === null ? null : utcTime(wall) - offset * 60_000;
}

/** Minutes east of UTC. */
function readZoneOffset(zone: string): number | null {
  const upper = zone.toUpperCase();
  const named = ZONE_HOURS[upper];
  if (named !== undefined) return named * 60;
  if (/^[A-IK-Z]$/.test(upper)) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric === null) return null;
  const hours = Number(numeric[2]);
  const minutes = Number(numeric[3] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return (numeric[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function checkDate(
  value: unknown,
  context: DateContext,
): { problem: string | null; written: string; instant: number } {
  if (value === undefined || value === null || value === "") {
    return { problem: "is missing", written: "", instant: Number.NaN };
  }
  if (typeof value !== "string" && !(value instanceof Date)) {
    const kind = Array.isArray(value)
      ? "a list"
      : typeof value === "object"
        ? "a mapping"
        : `a ${typeof value}`;
    return { problem: `is ${kind}, not a date`, written: "", instant: Number.NaN };
  }
  const instant =
    typeof value === "string" ? (parseDate(value, context.timeZone) ?? Number.NaN) : value.getTime();
  const written =
    typeof value === "string" ? value : Number.isNaN(instant) ? "Invalid Date" : toIsoSeconds(instant);
  const problem = Number.isNaN(instant)
    ? "is not a date"
    : instant < EARLIEST
      ? "is before 1990"
      : instant > context.now.getTime()
        ? "is in the future"
        : null;
  return { problem, written, instant };
}

/** The first real, plausible `YYYY-MM-DD` in the path, at midnight in the site's zone. */
function findPathDate(context: DateContext): PathDate | null {
  for (const pathDate of listPathDates(context)) {
    if (pathDate.instant <= context.now.getTime()) return pathDate;
  }
  return null;
}

interface PathDate {
  day: string;
  where: string;
  instant: number;
}

/** Every real `YYYY-MM-DD` in the path from 1990 on, in order, whether or not it is in the future. */
function* listPathDates(context: DateContext): Generator<PathDate> {
  const fileStart = context.source.lastIndexOf("/") + 1;
  for (const match of context.source.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
    const wall = readWallTime(match[1], match[2], match[3]);
    if (!isValidWallTime(wall)) continue;
    const instant = zonedTimeToUtc(wall, context.timeZone);
    if (instant < EARLIEST) continue;
    yield { day: match[0], where: match.index >= fileStart ? "file name" : "folder name", instant };
  }
}
