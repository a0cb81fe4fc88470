import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { readSettings, type Settings } from "../site.ts";

/**
 * The site settings as the build sees them: the `[vars]` of `wrangler.toml`, the same values the
 * worker gets, so the two never disagree (say, on the time zone of zone-less dates).
 *
 * @example
 * readBuildSettings("wrangler.toml").timeZone // "UTC"
 */
export function readBuildSettings(wranglerToml: string): Settings {
  let text: string;
  try {
    text = readFileSync(wranglerToml, "utf8");
  } catch {
    return readSettings({});
  }
  try {
    const config = parse(text) as { vars?: Record<string, unknown> };
    return readSettings(config.vars ?? {});
  } catch (error) {
    throw new Error(`build: ${wranglerToml}: ${(error as Error).message}`);
  }
}
