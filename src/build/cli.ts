import { join } from "node:path";
import { parseArgs } from "node:util";
import { BUNDLE_DECLARATION } from "./build-bundle.ts";
import { type BuildResult, buildSite } from "./build-site.ts";
import { PostCache } from "./post-cache.ts";
import { formatProblem } from "./problems.ts";
import { readBuildSettings } from "./read-build-settings.ts";
import { replaceFile, writeAtomically } from "./write-atomically.ts";

const USAGE = `usage: npm run build [-- --strict] [-- --out <dir>]

Reads the posts under CONTENT_DIR (default: content) and writes the worker's bundle to <dir>
(default: .build). Settings come from wrangler.toml [vars].

  --strict   exit with status 1 if there is any warning (for content repositories' CI)
  --out      where to write bundle.js (default: .build)

Environment: CONTENT_DIR, EDGEFEED_ALLOW_LOOPBACK_IMAGES=1 (tests and local demos only).`;

function main(): number {
  let args: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>["values"];
  try {
    args = parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    console.error(`build: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const contentDir = process.env.CONTENT_DIR || "content";
  const outDir = args.out ?? ".build";
  const allowLoopbackImages = process.env.EDGEFEED_ALLOW_LOOPBACK_IMAGES === "1";
  const settings = readBuildSettings("wrangler.toml");
  // Every setting, not only those the posts' records use today: a setting the build comes to
  // depend on must not meet records made without it.
  const cache = PostCache.open(join(outDir, "cache"), { settings, allowLoopbackImages });

  let result: BuildResult;
  try {
    result = buildSite({
      contentDir,
      timeZone: settings.timeZone,
      allowLoopbackImages,
      now: new Date(),
      cache,
      onProgress: showProgress(),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      console.error(
        `build: content folder ${contentDir} does not exist (set CONTENT_DIR to the folder of posts)`,
      );
      return 2;
    }
    throw error;
  }

  replaceFile(join(outDir, "bundle.js"), join(outDir, "cache", "bundle.spare.js"), result.text.module);
  writeAtomically(join(outDir, "bundle.d.ts"), [Buffer.from(BUNDLE_DECLARATION)]);
  cache.save(result.order);
  cache.close();

  for (const problem of result.problems) console.error(formatProblem(problem));
  if (allowLoopbackImages) {
    console.error(
      "build: EDGEFEED_ALLOW_LOOPBACK_IMAGES=1: loopback images are proxied; never deploy this bundle",
    );
  }
  const { articles, categories, files, skipped, problems } = result;
  const warnings = problems.length - skipped;
  console.error(
    `built ${articles} articles in ${categories - 1} categories from ${files} files: ` +
      `${warnings} warnings, ${skipped} skipped`,
  );
  return args.strict && problems.length > 0 ? 1 : 0;
}

const OPTIONS = {
  strict: { type: "boolean", default: false },
  out: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** A one-line counter on an interactive terminal; nothing in CI logs or pipes. */
function showProgress(): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY || process.env.CI) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    process.stderr.write(`\rbuild: ${done}/${total} posts${done === total ? "\n" : ""}`);
  };
}

process.exitCode = main();
