import { describe, expect, it } from "vitest";
import { renderErrorPage } from "../../../src/worker/pages/error-page.ts";
import { SETTINGS } from "./fixture.ts";
import { expectSafeDocument } from "./page-checks.ts";
import { select, selectTexts } from "./select.ts";

describe("renderErrorPage", () => {
  it.each([
    [400, "请求有误"],
    [404, "找不到这个页面"],
    [500, "服务器出错了"],
    [503, "服务暂时不可用"],
    [418, "请求有误"],
    [599, "服务器出错了"],
  ])("%i is headed %s", async (status, heading) => {
    const page = renderErrorPage(SETTINGS, status, "");
    await expectSafeDocument(page);
    expect(await selectTexts(page, "h1")).toEqual([heading]);
    expect(await selectTexts(page, "title")).toEqual([`${status} ${heading} - 今日 & 明日`]);
  });

  it("shows the message, escaped, the status and a way home", async () => {
    const page = renderErrorPage(SETTINGS, 400, 'page must be a whole number from 1 (got "<0>")');
    expect(await selectTexts(page, "main > p")).toEqual([
      'page must be a whole number from 1 (got "<0>")',
      "HTTP 400",
      "返回首页",
    ]);
    expect(page).toContain("(got &quot;&lt;0&gt;&quot;)");
    expect(await select(page, "main a")).toMatchObject([{ attrs: { href: "/" } }]);
    expect(await select(page, 'meta[name="robots"]')).toMatchObject([{ attrs: { content: "noindex" } }]);
  });
});
