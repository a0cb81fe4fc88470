import { mkdirSync, writeFileSync } from "node:fs";
import type { Bundle } from "../model.ts";

const bundle: Bundle = {
  format: 1,
  version: "0",
  articles: [],
  categories: [],
  images: {},
  allowLoopbackImages: false,
};
mkdirSync(".build", { recursive: true });
writeFileSync(".build/bundle.js", `export default JSON.parse(${JSON.stringify(JSON.stringify(bundle))});\n`);
writeFileSync(
  ".build/bundle.d.ts",
  `declare const bundle: import("../src/model.ts").Bundle;\nexport default bundle;\n`,
);
