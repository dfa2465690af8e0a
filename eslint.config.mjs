import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "public/vendor/**",
      "e2e/.state/**",
      "lib/db/generated/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The domain layer is the only door to the database: routes and components never import Prisma.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/db/*", "@prisma/*"], message: "Use a domain function from lib/<area>." }] },
      ],
    },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "error" },
  },
  {
    // One way to follow a live stream (decision record 29): useEventStream is the only EventSource.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["components/live/useEventStream.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        {
          name: "EventSource",
          message: "Follow a stream with useEventStream (components/live) or htmx's hx-sse (decision record 29).",
        },
      ],
    },
  },
];

export default config;
