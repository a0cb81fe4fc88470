import { describe, expect, it } from "vitest";
import { isValidWallTime, utcTime, type WallTime, zonedTimeToUtc } from "../../src/build/zoned-time.ts";

const wall = (text: string): WallTime => {
  const [year, month, day, hour, minute, second] = text.split(/[- :]/).map(Number) as number[];
  return { year, month, day, hour, minute, second } as WallTime;
};

describe("utcTime", () => {
  it.each([
    ["2021-08-20 06:36:14", "2021-08-20T06:36:14.000Z"],
    ["2024-02-29 23:59:59", "2024-02-29T23:59:59.000Z"],
    ["0050-01-01 00:00:00", "0050-01-01T00:00:00.000Z"],
  ])("reads %s as UTC", (text, iso) => {
    expect(new Date(utcTime(wall(text))).toISOString()).toBe(iso);
  });
});

describe("isValidWallTime", () => {
  it.each([
    ["2021-08-20 06:36:14", true],
    ["2024-02-29 00:00:00", true],
    ["2023-02-29 00:00:00", false],
    ["2021-04-31 00:00:00", false],
    ["2021-13-01 00:00:00", false],
    ["2021-00-10 00:00:00", false],
    ["2021-01-00 00:00:00", false],
    ["2021-01-01 24:00:00", false],
    ["2021-01-01 23:60:00", false],
    ["2021-01-01 23:59:60", false],
  ])("%s is %s", (text, valid) => {
    expect(isValidWallTime(wall(text))).toBe(valid);
  });
});

describe("zonedTimeToUtc", () => {
  it.each([
    ["2021-05-16 04:16:04", "UTC", "2021-05-16T04:16:04.000Z"],
    ["2021-05-16 04:16:04", "Asia/Shanghai", "2021-05-15T20:16:04.000Z"],
    ["2021-05-16 04:16:04", "Asia/Kolkata", "2021-05-15T22:46:04.000Z"],
    ["2021-07-01 12:00:00", "America/New_York", "2021-07-01T16:00:00.000Z"],
    ["2021-01-01 12:00:00", "America/New_York", "2021-01-01T17:00:00.000Z"],
    // Spring forward: 02:00–02:59 do not exist; read with the offset before the jump (EST).
    ["2021-03-14 02:30:00", "America/New_York", "2021-03-14T07:30:00.000Z"],
    ["2021-03-28 02:30:00", "Europe/Berlin", "2021-03-28T01:30:00.000Z"],
    // Fall back: 01:00–01:59 happen twice; the earlier (EDT) one.
    ["2021-11-07 01:30:00", "America/New_York", "2021-11-07T05:30:00.000Z"],
    ["2021-10-31 02:30:00", "Europe/Berlin", "2021-10-31T00:30:00.000Z"],
    // Samoa skipped 30 December 2011 entirely.
    ["2011-12-30 12:00:00", "Pacific/Apia", "2011-12-30T22:00:00.000Z"],
    // Shanghai's local mean time before 1901 was +08:05:43.
    ["1900-01-01 00:00:00", "Asia/Shanghai", "1899-12-31T15:54:17.000Z"],
  ])("reads %s in %s", (text, zone, iso) => {
    expect(new Date(zonedTimeToUtc(wall(text), zone)).toISOString()).toBe(iso);
  });
});
