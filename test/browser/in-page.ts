/**
 * What the browser test asks a page, run inside Chromium by `page.evaluate`. Playwright sends each
 * function's source text, so these use only the page's globals, and name no inner function (tsx
 * compiles with esbuild's keepNames, which would wrap it in a `__name` helper the page lacks).
 *
 * test/tsconfig.json has no DOM library (it would leak into every Node test), so the few DOM names
 * used here are declared below, for this module only.
 */

interface PageBox {
  left: number;
  right: number;
}
interface PageElement {
  tagName: string;
  id: string;
  parentElement: PageElement | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): PageBox;
}
interface PageImage extends PageElement {
  currentSrc: string;
  complete: boolean;
  naturalWidth: number;
}
declare const document: {
  documentElement: { scrollWidth: number; scrollHeight: number; lang: string };
  images: ArrayLike<PageImage>;
  fonts: { size: number; status: string };
  querySelectorAll(selector: string): ArrayLike<PageElement>;
};
declare const window: { innerWidth: number; innerHeight: number; scrollTo(x: number, y: number): void };
declare function getComputedStyle(element: PageElement): { overflowX: string };

/** One `<img>` as loaded. */
export interface ImageFacts {
  /** The `src` attribute as written. */
  src: string;
  /** The URL the browser loaded (absolute). */
  currentSrc: string;
  complete: boolean;
  naturalWidth: number;
}

/** What {@link pageFacts} measures. */
export interface PageFacts {
  lang: string;
  /** `document.documentElement.scrollWidth`: wider than `innerWidth` means horizontal scrolling. */
  scrollWidth: number;
  innerWidth: number;
  images: ImageFacts[];
  /** `document.fonts.size`: the `@font-face` fonts the page declared (web fonts). */
  fontFaces: number;
  /** Up to 5 elements that stick out past the right edge, as `tag#id.class`, when there is any. */
  overflowing: string[];
}

/**
 * Measures the page (see {@link PageFacts}) shown in a window `width` px wide. (A phone zooms out a
 * page wider than the screen, so `innerWidth` alone can grow to the page's width.)
 */
export function pageFacts(width: number): PageFacts {
  const innerWidth = window.innerWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  const overflowing: string[] = [];
  // Only what widens the page: an element inside a box that scrolls or clips (a table, a <pre>)
  // may reach past the edge without it.
  const edge = Math.min(width, innerWidth);
  for (const element of scrollWidth > edge ? Array.from(document.querySelectorAll("body *")) : []) {
    const right = element.getBoundingClientRect().right;
    if (overflowing.length === 5 || right <= edge + 0.5) continue;
    let clipped = false;
    for (let box = element.parentElement; box !== null; box = box.parentElement) {
      if (getComputedStyle(box).overflowX !== "visible") clipped = true;
    }
    if (clipped) continue;
    const classes = (element.getAttribute("class") ?? "").trim().split(/\s+/).filter(Boolean);
    overflowing.push(
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${classes.map((c) => `.${c}`).join("")}` +
        ` (right edge at ${Math.round(right)} px)`,
    );
  }
  return {
    lang: document.documentElement.lang,
    scrollWidth,
    innerWidth,
    images: Array.from(document.images, (img) => ({
      src: img.getAttribute("src") ?? "",
      currentSrc: img.currentSrc,
      complete: img.complete,
      naturalWidth: img.naturalWidth,
    })),
    fontFaces: document.fonts.size,
    overflowing,
  };
}

/** The page's height and the window's, to scroll through it. */
export function pageHeights(): { page: number; window: number } {
  return { page: document.documentElement.scrollHeight, window: window.innerHeight };
}

/** Scrolls to `y` (lazy images near it start loading). */
export function scrollToY(y: number): void {
  window.scrollTo(0, y);
}

/** True once every `<img>` has finished loading, or failed to. */
export function imagesSettled(): boolean {
  return Array.from(document.images).every((img) => img.complete);
}

/** The `href` of every link, as written. */
export function pageLinks(): string[] {
  return Array.from(document.querySelectorAll("a[href]"), (link) => link.getAttribute("href") ?? "");
}
