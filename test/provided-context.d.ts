// What test/global-setup.ts hands to every test, in Node and in workerd, through `inject()`.
declare module "vitest" {
  export interface ProvidedContext {
    /** The real corpus, built: a `Bundle` as JSON. */
    corpusBundle: string;
    /** The sample posts of content/, built: a `Bundle` as JSON. */
    contentBundle: string;
  }
}

export {};
