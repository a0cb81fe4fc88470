import { describe, expect, it } from "vitest";
import { canonicalQuery, PagingError, pageCount, readPaging } from "../../src/worker/paging.ts";

const limits = { defaultLimit: 20, maxLimit: 100 };

describe("readPaging", () => {
  it.each<[string, { page: number; limit: number }]>([
    ["", { page: 1, limit: 20 }],
    ["page=3", { page: 3, limit: 20 }],
    ["limit=1", { page: 1, limit: 1 }],
    ["limit=100&page=2", { page: 2, limit: 100 }],
    ["utm_source=x&limit=5", { page: 1, limit: 5 }],
  ])("%j", (query, expected) => {
    expect(readPaging(new URLSearchParams(query), limits)).toEqual(expected);
  });

  it.each([
    ["limit=0", 'limit must be a whole number from 1 to 100 (got "0")'],
    ["limit=101", 'limit must be a whole number from 1 to 100 (got "101")'],
    ["limit=abc", 'limit must be a whole number from 1 to 100 (got "abc")'],
    ["limit=1.5", 'limit must be a whole number from 1 to 100 (got "1.5")'],
    ["limit=-1", 'limit must be a whole number from 1 to 100 (got "-1")'],
    ["limit=", 'limit must be a whole number from 1 to 100 (got "")'],
    ["limit=5&limit=6", "limit must be a whole number from 1 to 100 (got 2 values)"],
    ["page=0", 'page must be a whole number from 1 (got "0")'],
    ["page=99999999999999999", 'page must be a whole number from 1 (got "99999999999999999")'],
  ])("rejects %j", (query, message) => {
    expect(() => readPaging(new URLSearchParams(query), limits)).toThrow(new PagingError(message));
  });
});

describe("canonicalQuery", () => {
  it.each<[number, number, string]>([
    [1, 20, ""],
    [2, 20, "?page=2"],
    [1, 50, "?limit=50"],
    [3, 50, "?limit=50&page=3"],
  ])("page %i, limit %i -> %j", (page, limit, expected) => {
    expect(canonicalQuery({ page, limit }, 20)).toBe(expected);
  });
});

describe("pageCount", () => {
  it.each([
    [0, 20, 1],
    [1, 20, 1],
    [20, 20, 1],
    [21, 20, 2],
    [91, 20, 5],
  ])("%i items by %i -> %i pages", (count, limit, expected) => {
    expect(pageCount(count, limit)).toBe(expected);
  });
});
