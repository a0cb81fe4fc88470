import { fileURLToPath } from "node:url";
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

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
              // Tests never reach the network: every outbound request lands here unless a test
              // module fakes its host (see test/worker/fake-upstream.ts).
              outboundService: (request: Request) =>
                new Response(`test: unexpected outbound request to ${request.url}`, { status: 599 }),
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
