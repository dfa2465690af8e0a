import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, compileTrust, stampClientAddress } from "./client-address.mjs";

function request(peer: string, headers: Record<string, string> = {}) {
  return { socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: { ...headers } };
}

function stamp(setting: string | undefined, peer: string, headers: Record<string, string> = {}) {
  const req = request(peer, headers);
  stampClientAddress(req as unknown as IncomingMessage, compileTrust(setting));
  return req.headers;
}

describe("the client address", () => {
  it("is the socket's peer by default, whatever X-Forwarded-For claims", () => {
    const headers = stamp(undefined, "203.0.113.7", {
      "x-forwarded-for": "10.1.2.3",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "evil.example",
      [CLIENT_ADDRESS_HEADER]: "10.9.9.9",
    });
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.7");
    expect(headers).not.toHaveProperty("x-forwarded-for");
    expect(headers).not.toHaveProperty("x-forwarded-proto");
    expect(headers).not.toHaveProperty("x-forwarded-host");
  });

  it.each(["", "0", "false"])("trusts no proxy for LOTSE_TRUST_PROXY=%j", (setting) => {
    expect(stamp(setting, "127.0.0.1", { "x-forwarded-for": "10.1.2.3" })[CLIENT_ADDRESS_HEADER]).toBe("127.0.0.1");
  });

  it("takes the address the trusted proxy saw, not what the client put in front of it", () => {
    // The client claims 10.1.2.3; nginx appends the address it really saw (198.51.100.4).
    const headers = stamp("loopback", "127.0.0.1", { "x-forwarded-for": "10.1.2.3, 198.51.100.4" });
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.4");
  });

  it("keeps the forwarded headers of a trusted proxy", () => {
    const headers = stamp("loopback", "127.0.0.1", { "x-forwarded-for": "198.51.100.4", "x-forwarded-proto": "https" });
    expect(headers["x-forwarded-proto"]).toBe("https");
  });

  it("ignores a forwarded header from a peer that is not a trusted proxy", () => {
    const headers = stamp("loopback", "203.0.113.7", { "x-forwarded-for": "10.1.2.3" });
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.7");
  });

  it("walks as many hops as configured by number", () => {
    const chain = { "x-forwarded-for": "10.1.2.3, 198.51.100.4, 192.0.2.8" };
    expect(stamp("1", "192.0.2.9", chain)[CLIENT_ADDRESS_HEADER]).toBe("192.0.2.8");
    expect(stamp("2", "192.0.2.9", chain)[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.4");
  });

  it("accepts subnets", () => {
    const headers = stamp("10.0.0.0/8, 192.168.0.0/16", "10.0.0.5", { "x-forwarded-for": "198.51.100.4" });
    expect(headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.4");
  });
});
