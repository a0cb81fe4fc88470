/**
 * The site's icon: the feed symbol, as SVG, served from our origin (pages allow images from
 * nowhere else). Browsers ask for `/favicon.ico` on their own, so that path answers it too.
 */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#e8710a"/><circle cx="4.5" cy="11.5" r="1.5" fill="#fff"/><path d="M3 7a6 6 0 0 1 6 6h-2a4 4 0 0 0-4-4zm0-4a10 10 0 0 1 10 10h-2a8 8 0 0 0-8-8z" fill="#fff"/></svg>
`;

/** Where pages link the icon. */
export const FAVICON_PATH = "/favicon.svg";
