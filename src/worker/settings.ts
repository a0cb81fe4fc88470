import { readSettings, type Settings } from "../site.ts";

const parsed = new WeakMap<object, Settings>();

/** The site settings from the worker's `env` (`wrangler.toml` `[vars]`), parsed once per isolate. */
export function settingsOf(env: object | undefined): Settings {
  const key = env ?? EMPTY;
  let settings = parsed.get(key);
  if (settings === undefined) {
    settings = readSettings(key as Record<string, unknown>);
    parsed.set(key, settings);
  }
  return settings;
}

const EMPTY = {};
