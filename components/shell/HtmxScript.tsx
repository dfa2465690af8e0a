import { headers } from "next/headers";

/** Loads htmx from our own origin with this request's CSP nonce; pages work without it. */
export async function HtmxScript() {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <script src="/vendor/htmx.min.js" nonce={nonce} async />;
}
