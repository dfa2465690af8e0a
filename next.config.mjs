import createNextIntlPlugin from "next-intl/plugin";
import { FORM_BODY_LIMIT_BYTES } from "./lib/config/body-limits.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A second build directory lets a developer build while tests run against .next.
  distDir: process.env.LOTSE_DIST_DIR ?? ".next",
  // pdfkit loads its standard fonts at run time through its package's own imports (#standard-fonts/…):
  // loaded from node_modules, not bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "nodemailer", "pino", "pdfkit"],
  // Every browser gets the page's <title> with the page itself — in <head> on a full load, in the
  // same payload on a client-side navigation — instead of streamed after the content, so there is
  // no moment without a title for a screen reader to announce. Our metadata is only translations:
  // waiting for it costs nothing.
  htmlLimitedBots: /.*/,
  experimental: {
    // Forms up to this size reach their action, which reports any field over its own limit next to
    // the field; larger bodies are sent back by proxy.ts before they get here.
    serverActions: { bodySizeLimit: FORM_BODY_LIMIT_BYTES },
    // With a proxy (proxy.ts) Next buffers request bodies only up to this size and silently cuts
    // off the rest: leave room for a session file at the limit (LOTSE_MAX_FILE_BYTES, default
    // 10 MB, see lib/config/env.ts) plus its multipart framing. The upload handler counts the body
    // itself and stops 64 KB past the file limit, so a body cut off here is answered 413 there
    // (lib/forms/bounded-form-data.ts). Read when the server starts.
    proxyClientMaxBodySize: Math.max(
      10 * 1024 * 1024,
      (Number(process.env.LOTSE_MAX_FILE_BYTES) || 10_000_000) + 1024 * 1024,
    ),
  },
  // Per-request headers that need a nonce (CSP) are set in proxy.ts; the static ones live here.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
