/** The body of `response`, or the error that reading it ended with. */
export async function readBody(response: Response): Promise<Uint8Array | Error> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** A body `readBody` returned, as UTF-8 text; an error stays as it is. */
export function decodeBody(body: Uint8Array | Error): string | Error {
  return body instanceof Error ? body : new TextDecoder().decode(body);
}
