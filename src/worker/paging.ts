import type { Settings } from "../site.ts";

/** Which slice of a list a request asks for. */
export interface Paging {
  /** 1-based page number. */
  page: number;
  /** Items per page. */
  limit: number;
}

/** A request's `page` and `limit` were not usable; `message` says why, for a 400 answer. */
export class PagingError extends Error {
  override name = "PagingError";
}

/**
 * Reads `?page=` and `?limit=` (whole numbers; `limit` from 1 to `maxLimit`).
 *
 * @example
 * readPaging(new URLSearchParams("page=2"), { defaultLimit: 20, maxLimit: 100 }) // { page: 2, limit: 20 }
 * @throws PagingError naming the parameter, its allowed values and the value received.
 */
export function readPaging(
  query: URLSearchParams,
  limits: { defaultLimit: number; maxLimit: number },
): Paging {
  const limit = readWholeNumber(query, "limit", limits.defaultLimit, limits.maxLimit);
  const page = readWholeNumber(query, "page", 1, Number.MAX_SAFE_INTEGER);
  return { page, limit };
}

/** The `limit` bounds of feeds, from the settings. */
export function limitsOf(settings: Settings): { defaultLimit: number; maxLimit: number } {
  return { defaultLimit: settings.feedItems, maxLimit: settings.maxFeedItems };
}

/**
 * Reads `?page=` alone, for listings whose page size is fixed.
 *
 * @throws PagingError as {@link readPaging} does.
 */
export function readPage(query: URLSearchParams): number {
  return readWholeNumber(query, "page", 1, Number.MAX_SAFE_INTEGER);
}

function readWholeNumber(query: URLSearchParams, name: string, fallback: number, max: number): number {
  const values = query.getAll(name);
  if (values.length === 0) return fallback;
  const raw = values[0] ?? "";
  const value = Number(raw);
  if (values.length > 1 || !/^\d{1,16}$/.test(raw) || value < 1 || value > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? "a whole number from 1" : `a whole number from 1 to ${max}`;
    const got = values.length > 1 ? `${values.length} values` : JSON.stringify(raw);
    throw new PagingError(`${name} must be ${range} (got ${got})`);
  }
  return value;
}

/**
 * The canonical query string for a page: known parameters only, in a fixed order, defaults left
 * out. Used in links and as part of cache keys.
 *
 * @example
 * canonicalQuery({ page: 1, limit: 50 }, 20) // "?limit=50"
 */
export function canonicalQuery(paging: Paging, defaultLimit: number): string {
  const parts: string[] = [];
  if (paging.limit !== defaultLimit) parts.push(`limit=${paging.limit}`);
  if (paging.page !== 1) parts.push(`page=${paging.page}`);
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

/** Number of pages a list of `count` items takes; an empty list still has its first page. */
export function pageCount(count: number, limit: number): number {
  return Math.max(1, Math.ceil(count / limit));
}
