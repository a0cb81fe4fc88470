/**
 * Tiny real images (1x1 pixel), shared by the fake upstream (Node) and the tests (workerd) that compare
 * what the proxy served with what the upstream sent.
 */

const fromBase64 = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));

export const JPEG = fromBase64(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////" +
    "////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
);
export const PNG = fromBase64(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
);
export const GIF = fromBase64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
export const WEBP = fromBase64("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

/** An SVG that would run a script if a browser let it: the proxy serves it only sandboxed. */
export const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script>alert(document.domain)</script>' +
  '<rect width="1" height="1" fill="red"/></svg>';
