/** The body of `response`, or the error that reading it ended with. */
export async function readBody(response: Response): Promise<Uint8Array | Error> {
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
