import { request } from "node:http";

/** An HTTP answer as it came over the wire: headers as sent, body not decoded. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * GETs `url` with exactly `headers` (Node adds Host and Connection) through Node's plain HTTP
 * client, which, unlike `fetch`, decodes no `Content-Encoding`: the bytes on the wire, as a load
 * tool reads them.
 *
 * @example
 * const answer = await rawAnswer(`${server.url}/rss.xml`, { "accept-encoding": "gzip" });
 */
export function rawAnswer(url: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * How `answer` differs from `reference` on the wire (status, a header's value, the body's bytes),
 * one line each; none when they are the same. `Date` is left out: it is the second of sending.
 */
export function answerDifferences(reference: RawAnswer, answer: RawAnswer): string[] {
  const differences: string[] = [];
  if (answer.status !== reference.status) differences.push(`status ${answer.status} != ${reference.status}`);
  const names = new Set([...Object.keys(reference.headers), ...Object.keys(answer.headers)]);
  names.delete("date");
  for (const name of [...names].sort()) {
    const [want, got] = [reference.headers[name], answer.headers[name]];
    if (want !== got) differences.push(`${name}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
  }
  if (!answer.body.equals(reference.body)) {
    differences.push(`body: ${answer.body.byteLength} bytes != ${reference.body.byteLength}, or other bytes`);
  }
  return differences;
}
