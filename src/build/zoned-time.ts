/** A calendar date and wall-clock time, with no zone. `month` is 1–12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall time denotes when read as UTC. Unlike `Date.UTC`, years 0–99 are not moved to
 * the 1900s.
 *
 * @example
 * utcTime({ year: 2021, month: 8, day: 20, hour: 6, minute: 36, second: 14 }) // 1629441374000
 */
export function utcTime(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

/** True when the fields name a real calendar day and time (no 31 April, no 25:00). */
export function isValidWallTime(wall: WallTime): boolean {
  const { year, month, day, hour, minute, second } = wall;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  const date = new Date(utcTime(wall));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCFullYear() === year;
}

/**
 * The instant a wall time denotes in an IANA time zone, using the zone rules in Intl.
 *
 * Like Temporal's "compatible" disambiguation (and RFC 5545 §3.3.5): a time skipped by a DST jump
 * (02:30 on a spring-forward night) is read with the offset before the jump, so it lands just after
 * it (03:30); a time that occurs twice (autumn) is the earlier of the two.
 *
 * @example
 * zonedTimeToUtc({ year: 2021, month: 5, day: 16, hour: 4, minute: 16, second: 4 }, "Asia/Shanghai")
 * // Date.parse("2021-05-15T20:16:04Z")
 */
export function zonedTimeToUtc(wall: WallTime, timeZone: string): number {
  const local = utcTime(wall);
  // The default zone has no offset to look up (each lookup formats a date with Intl).
  if (timeZone === "UTC") return local;
  // One transition at most within a day either side: the two offsets around the wall time.
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const candidates = [local - before, local - after].filter(
    (instant) => local - instant === offsetAt(instant, timeZone),
  );
  return candidates.length > 0 ? Math.min(...candidates) : local - before;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at an instant, in milliseconds (wall time minus UTC). */
function offsetAt(instant: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  const fields: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(instant))) fields[part.type] = part.value;
  const year = Number(fields.year);
  const wall = {
    year: fields.era === "BC" ? 1 - year : year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
  };
  return utcTime(wall) - Math.floor(instant / 1000) * 1000;
}
