// Who is on the other end of a request. Used by the HTTP server (scripts/serve.mjs) before Next sees
// the request: without a configured proxy, X-Forwarded-* headers are a client's claims and are
// dropped; with LOTSE_TRUST_PROXY, proxy-addr walks X-Forwarded-For only through the trusted hops.
import proxyaddr from "proxy-addr";

/** The header the server sets on every request; anything a client sends under that name is replaced. */
export const CLIENT_ADDRESS_HEADER = "x-lotse-client-address";

const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

/**
 * LOTSE_TRUST_PROXY: unset, empty, "0" or "false" trusts no proxy; a number trusts that many hops in
 * front of Lotse; anything else is proxy-addr's list of addresses and subnets (e.g. "loopback",
 * "10.0.0.0/8, 127.0.0.1"). Returns null when no proxy is trusted.
 */
export function compileTrust(setting) {
  const value = (setting ?? "").trim();
  if (value === "" || value === "0" || value.toLowerCase() === "false") return null;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, index) => index < hops;
  }
  return proxyaddr.compile(
    value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  );
}

/**
 * Rewrites the request's headers in place: sets the client address, and removes forwarded headers
 * unless the direct peer is a trusted proxy (then they are the proxy's words, not the client's).
 */
export function stampClientAddress(req, trust) {
  const peer = req.socket?.remoteAddress ?? "unknown";
  const peerTrusted = trust !== null && trust(peer, 0);
  if (!peerTrusted) for (const name of FORWARDED_HEADERS) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = peerTrusted ? proxyaddr(req, trust) : peer;
}
