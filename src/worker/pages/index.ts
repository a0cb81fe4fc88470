/**
 * The HTML pages for people: pure renderers from the site index and settings to a complete
 * document, and the one stylesheet they link.
 */
export { renderArticlePage } from "./article-page.ts";
export { renderCategoryPage } from "./category-page.ts";
export { renderErrorPage } from "./error-page.ts";
export { FAVICON_PATH, FAVICON_SVG } from "./favicon.ts";
export { renderHomePage } from "./home-page.ts";
export { renderNotFoundPage } from "./not-found-page.ts";
export { STYLESHEET, STYLESHEET_PATH } from "./stylesheet.ts";
