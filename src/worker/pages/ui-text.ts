/**
 * The pages' fixed wording, in one place. The pages are written for Chinese readers (the content
 * is Chinese news), whatever LANGUAGE says about the tag.
 */
export const UI_TEXT = {
  home: "首页",
  breadcrumbs: "当前位置",
  latest: "最新文章",
  noArticles: "暂无文章。",
  categories: "分类",
  subcategories: "子分类",
  subscribe: "订阅",
  subscribeSite: "订阅全站",
  subscribeCategory: "订阅本分类",
  opml: "OPML（全部分类）",
  paging: "分页",
  newer: "较新",
  older: "较早",
  undated: "日期不详",
  author: "作者",
  backHome: "返回首页",
  notFound: "找不到这个页面",
  /** `第 2 / 5 页`. */
  pageOf: (page: number, pages: number) => `第 ${page} / ${pages} 页`,
  /** `（12 篇）`, after a category's name. */
  articleCount: (count: number) => `（${count} 篇）`,
} as const;
