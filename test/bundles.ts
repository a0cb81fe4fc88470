import { inject } from "vitest";
import type { Bundle } from "../src/model.ts";

/** The real corpus, built by test/global-setup.ts. */
export function corpusBundle(): Bundle {
  return JSON.parse(inject("corpusBundle")) as Bundle;
}

/** The sample posts of content/, built by test/global-setup.ts. */
export function contentBundle(): Bundle {
  return JSON.parse(inject("contentBundle")) as Bundle;
}
