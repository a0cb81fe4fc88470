import { fileURLToPath } from "node:url";
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { fakeUpstream } from "./worker/fake-upstream.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

// Two projects: Node (the build and the pure modules) and workerd (the worker, through the
// Workers Vitest integration, reading the same wrangler.toml as `npm start` and `wrangler deploy`).
export default defineConfig({
  test: {
    root,
    projects: [
      {
        test: {
          name: "node",
          root,
          include: ["test/**/*.test.ts"],
          exclude: ["test/worker/**", "node_modules/**"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 60_000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              // Tests never reach the network: every outbound request lands in this fake, which
              // answers its own hosts and 599 for any other (see test/worker/fake-upstream.ts).
              outboundService: fakeUpstream,
            },
          }),
        ],
        test: {
          name: "worker",
          root,
          include: ["test/worker/**/*.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
