/**
 * The two date forms feeds use, from the ISO 8601 UTC times (`2021-08-20T06:36:14Z`) that
 * `FeedDocument` carries. Both check their input, so a bad date fails loudly in every format.
 */

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T((?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d)(?:\.\d+)?Z$/;
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The RFC 822 form of RSS 2.0 (`pubDate`, `lastBuildDate`) and OPML 2.0 (`dateModified`), as the
 * RSS Best Practices Profile asks: a four-digit year and `GMT`.
 *
 * @example
 * toRfc822Date("2021-08-20T06:36:14Z") // "Fri, 20 Aug 2021 06:36:14 GMT"
 * @throws Error naming the value when it is not an ISO 8601 UTC time.
 */
export function toRfc822Date(iso: string): string {
  // Built from the parts rather than with Date#toUTCString: a feed formats one per item.
  const { year, month, day, time, weekday } = parse(iso);
  return `${DAYS[weekday]}, ${day} ${MONTHS[month - 1]} ${year} ${time} GMT`;
}

/**
 * The RFC 3339 form of Atom (RFC 4287 §3.3) and JSON Feed 1.1: the ISO 8601 UTC time itself, once
 * checked.
 *
 * @example
 * toRfc3339Date("2021-08-20T06:36:14Z") // "2021-08-20T06:36:14Z"
 * @throws Error naming the value when it is not an ISO 8601 UTC time.
 */
export function toRfc3339Date(iso: string): string {
  parse(iso);
  return iso;
}

function parse(iso: string) {
  const match = ISO_UTC.exec(iso);
  const [, year = "", month = "", day = "", time = ""] = match ?? [];
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day)); // (Date.UTC maps 0–99 to 19xx.)
  if (match === null || date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) {
    throw new Error(`feed: ${JSON.stringify(iso)} is not an ISO 8601 UTC time like 2021-08-20T06:36:14Z`);
  }
  return { year, month: Number(month), day, time, weekday: date.getUTCDay() };
}
