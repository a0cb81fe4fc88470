import type { Settings } from "../../site.ts";
import { html } from "./html.ts";
import { renderLayout } from "./layout.ts";
import { UI_TEXT } from "./ui-text.ts";

// Headings for the statuses the worker answers; others fall back to their class.
const HEADINGS: Readonly<Record<number, string>> = {
  400: "请求有误",
  404: UI_TEXT.notFound,
  405: "不支持这种请求方法",
  429: "请求过于频繁",
  500: "服务器出错了",
  502: "上游服务出错",
  503: "服务暂时不可用",
  504: "上游服务超时",
};

/**
 * A short page for an error answer (400, 500…), in the site's look, with `message` (plain text)
 * and a link home. Needs no bundle, so it works even when the error is in loading one.
 *
 * @example
 * renderErrorPage(settings, 400, "page must be a whole number from 1 (got \"0\")") // "<!doctype html>…"
 */
export function renderErrorPage(settings: Settings, status: number, message: string): string {
  const heading = HEADINGS[status] ?? (status < 500 ? HEADINGS[400] : HEADINGS[500]);
  const main = html`<h1>${heading}</h1>
${message !== "" && html`<p>${message}</p>`}
<p class="meta">HTTP ${status}</p>
<p><a href="/">${UI_TEXT.backHome}</a></p>`;
  return renderLayout(settings, {
    title: `${status} ${heading} - ${settings.siteTitle}`,
    isIndexable: false,
    main,
  });
}
