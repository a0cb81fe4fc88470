/** Status codes the image proxy answers with when it serves no image. */
export type ImageProxyErrorStatus = 404 | 405 | 502 | 504;

/**
 * A request the image proxy answers with an error: `status` and a short reason for the response body.
 * The reason names no upstream URL, so it is safe to show to any client.
 *
 * @example
 * throw new ImageProxyError(502, "upstream answered 500");
 */
export class ImageProxyError extends Error {
  override name = "ImageProxyError";

  constructor(
    readonly status: ImageProxyErrorStatus,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Maps whatever was thrown while proxying to an ImageProxyError: a timeout (the `AbortSignal.timeout`
 * that bounds the exchange) to 504, anything else (network failure, reset connection) to 502.
 *
 * @example
 * toImageProxyError(new DOMException("timed out", "TimeoutError")).status // 504
 */
export function toImageProxyError(error: unknown): ImageProxyError {
  if (error instanceof ImageProxyError) return error;
  if (error instanceof Error && error.name === "TimeoutError") {
    return new ImageProxyError(504, "upstream did not answer in time");
  }
  return new ImageProxyError(502, "upstream unreachable");
}
