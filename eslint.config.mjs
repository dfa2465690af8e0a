import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import lotse from "./eslint-rules/index.mjs";

const NO_PRISMA = { group: ["@/lib/db/*", "@prisma/*"], message: "Use a domain function from lib/<area>." };
const NO_ROUTES = {
  regex: "^(@/app(/|$)|(\\.\\./)+app/)",
  message: "Routes use components and lib, never the other way: take the server action or data as a prop.",
};
const NO_COMPONENTS_BUT_EMAILS = {
  regex: "^(@/components/|(\\.\\./)+components/)(?!emails/)",
  message: "lib/ renders nothing but the e-mail templates (components/emails): move the shared code into lib/.",
};

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
  // Layering (docs/architecture.md): app/ (routes) → components/ (rendering) → lib/ (the domain).
  // A later entry's no-restricted-imports replaces an earlier one's for the same file, so each
  // layer lists all of its bans.
  {
    // The domain layer is the only door to the database: routes and components never import Prisma.
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_PRISMA] }] },
  },
  {
    // Components render what they are given: a route passes its server actions (and data) as props.
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_PRISMA, NO_ROUTES] }] },
  },
  {
    // The domain knows nothing of rendering, except the e-mail templates it renders and sends.
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_ROUTES, NO_COMPONENTS_BUT_EMAILS] }] },
  },
  {
    // Rendering never writes (a prefetch renders too): decision record 11.
    files: ["components/**/*.{ts,tsx}", "app/**/*.tsx"],
    plugins: { lotse },
    rules: { "lotse/no-write-during-render": "error" },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
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
