import fs from "node:fs";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { GET as agentDownload } from "@/app/agent/sessions/[sessionId]/files/[fileId]/route";
import { POST as agentUpload } from "@/app/agent/sessions/[sessionId]/files/route";
import { GET as customerDownload } from "@/app/p/[portal]/requests/[token]/sessions/[sessionId]/files/[fileId]/route";
import { POST as customerUpload } from "@/app/p/[portal]/requests/[token]/sessions/[sessionId]/files/route";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { fileSendStatusOf } from "@/components/live/file-send-status";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { proxy } from "@/proxy";
import { resetDatabase } from "@/test/reset-database";
import { deskWithSession, ownDataDir } from "./session-fixture";

// The agent's cookie session is Next's business; here the signed-in agent is whoever the test says.
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

const dataDir = ownDataDir();
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

let desk: Awaited<ReturnType<typeof deskWithSession>>;
beforeEach(async () => {
  await resetDatabase();
  desk = await deskWithSession();
  signedIn(desk.agents.anna);
});
afterEach(() => {
  for (const name of [
    "LOTSE_MAX_FILE_BYTES",
    "LOTSE_SESSION_FILES_MAX_BYTES",
    "LOTSE_PARTICIPANT_FILES_MAX_BYTES",
    "LOTSE_SESSION_FILES_MAX_COUNT",
    "LOTSE_MIN_FREE_DISK_BYTES",
  ])
    delete process.env[name];
});

const BASE = "http://localhost:3000";

function multipart(
  url: string,
  file: File | string | null = new File(["Hallo"], "hallo.txt", { type: "text/plain" }),
  headers: HeadersInit = {},
) {
  const form = new FormData();
  if (file !== null) form.set("file", file);
  return new Request(`${BASE}${url}`, { method: "POST", body: form, headers });
}

/** What a browser without JavaScript sends with a form post. */
const HTML = { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

const agentUrl = () => `/agent/sessions/${desk.sessionId}/files`;
const customerUrl = (token = desk.token, slug = desk.portal.slug!) =>
  `/p/${slug}/requests/${token}/sessions/${desk.sessionId}/files`;
const agentParams = (fileId?: string) => ({
  params: Promise.resolve({ sessionId: desk.sessionId, fileId: fileId ?? "" }),
});
const customerParams = (fileId = "", token = desk.token, portal = desk.portal.slug!) => ({
  params: Promise.resolve({ portal, token, sessionId: desk.sessionId, fileId }),
});

async function expectError(response: Response, status: number, error: string) {
  expect(response.status).toBe(status);
  expect(await response.json()).toMatchObject({ error });
}

describe("upload handlers", () => {
  it("a form posted without JavaScript is sent back to the session page, with how it went by the file field", async () => {
    const sent = await agentUpload(multipart(agentUrl(), undefined, HTML), agentParams());
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`/agent/sessions/${desk.sessionId}?fileSent=1#files`);
    expect(await db.sessionFile.count({ where: { sessionId: desk.sessionId, direction: "toCustomer" } })).toBe(1);

    const missing = await customerUpload(multipart(customerUrl(), new File([], ""), HTML), customerParams());
    expect(missing.status).toBe(303);
    expect(missing.headers.get("location")).toBe(
      `/p/${desk.portal.slug}/requests/${desk.token}?fileError=fileMissing#files`,
    );
    expect(await db.sessionFile.count({ where: { sessionId: desk.sessionId, direction: "toAgent" } })).toBe(0);
  });

  it("agent and customer upload: 201 with id, name and size", async () => {
    const fromAgent = await agentUpload(multipart(agentUrl()), agentParams());
    expect(fromAgent.status).toBe(201);
    expect(await fromAgent.json()).toEqual({ id: expect.any(String), name: "hallo.txt", size: 5 });
    const file = new File(["%PDF-1.7"], "../Rechnung März.pdf", { type: "application/pdf" });
    const fromCustomer = await customerUpload(multipart(customerUrl(), file), customerParams());
    expect(fromCustomer.status).toBe(201);
    expect(await fromCustomer.json()).toMatchObject({ name: "Rechnung März.pdf", size: 8 });
    expect(await db.sessionFile.findMany({ select: { direction: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { direction: "toCustomer" },
      { direction: "toAgent" },
    ]);
  });

  it("answers who may not upload with 401/404, and refusals with their error key", async () => {
    signedIn(null);
    await expectError(await agentUpload(multipart(agentUrl()), agentParams()), 401, "notSignedIn");
    signedIn(desk.agents.ben);
    await expectError(await agentUpload(multipart(agentUrl()), agentParams()), 404, "notFound");
    signedIn(desk.agents.anna);
    await expectError(
      await customerUpload(multipart(customerUrl("x".repeat(43))), customerParams("", "x".repeat(43))),
      404,
      "notFound",
    );
    // The right token under another portal's address opens nothing either.
    await expectError(
      await customerUpload(multipart(customerUrl(desk.token, "anderes")), customerParams("", desk.token, "anderes")),
      404,
      "notFound",
    );

    await db.portal.update({
      where: { id: desk.portal.id },
      data: { features: JSON.stringify({ fileTransferSend: false }) },
    });
    await expectError(await agentUpload(multipart(agentUrl()), agentParams()), 403, "fileTransferOff");
    await expectError(await customerUpload(multipart(customerUrl(), null), customerParams()), 400, "fileMissing");
    await expectError(await customerUpload(multipart(customerUrl(), "nur Text"), customerParams()), 400, "fileMissing");
    await expectError(
      await customerUpload(
        new Request(`${BASE}${customerUrl()}`, { method: "POST", body: "kaputt" }),
        customerParams(),
      ),
      400,
      "fileMissing",
    );
    await expectError(
      await customerUpload(multipart(customerUrl(), new File([], "leer.txt")), customerParams()),
      400,
      "fileEmpty",
    );

    process.env.LOTSE_MAX_FILE_BYTES = "4";
    const tooLarge = await customerUpload(multipart(customerUrl()), customerParams());
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: "fileTooLarge", maxBytes: 4, message: de.Errors.fileTooLarge });
    const declared = new Request(`${BASE}${customerUrl()}`, {
      method: "POST",
      headers: { "content-length": String(10_000_000) },
      body: "x",
    });
    await expectError(await customerUpload(declared, customerParams()), 413, "fileTooLarge");
    delete process.env.LOTSE_MAX_FILE_BYTES;

    await db.supportSession.update({ where: { id: desk.sessionId }, data: { endedAt: new Date() } });
    await expectError(await customerUpload(multipart(customerUrl()), customerParams()), 409, "sessionEnded");
    expect(await db.sessionFile.count()).toBe(0);
  });
});

/** The bytes and content type a browser sends for a form with this file. */
async function encodedForm(file: File) {
  const form = new FormData();
  form.set("file", file);
  const encoded = new Response(form);
  return { type: encoded.headers.get("content-type")!, bytes: new Uint8Array(await encoded.arrayBuffer()) };
}

/**
 * A chunked request body (no Content-Length) of `total` bytes from `source`, in 64 KB pieces made
 * only when the reader pulls them (nothing is queued ahead); `pulled()` tells how much was read.
 */
function chunkedBody(source: (offset: number, length: number) => Uint8Array, total: number) {
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= total) return controller.close();
        const length = Math.min(64 * 1024, total - offset);
        controller.enqueue(source(offset, length));
        offset += length;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => offset };
}

function streamed(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  return new Request(`${BASE}${url}`, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("upload limits", () => {
  /** The customer's request was made in one language, the agent set another for themselves. */
  async function speaking(languages: { customer: Locale; agent: Locale }) {
    await db.supportRequest.updateMany({
      where: { session: { id: desk.sessionId } },
      data: { language: languages.customer },
    });
    signedIn({ ...desk.agents.anna, language: languages.agent });
  }

  it("a chunked upload over the size limit, cut off by the proxy's body buffer, is too large (413), not 'no file chosen'", async () => {
    // Without Content-Length nothing can be refused up front. With proxy.ts in place Next buffers
    // the body for it and silently passes only the first proxyClientMaxBodySize bytes on to the
    // handler (next.config.mjs: the file limit + 1 MiB): a multipart body without its end.
    const { type, bytes } = await encodedForm(new File([new Uint8Array(12_000_000)], "gross.bin"));
    const cutOff = bytes.subarray(0, 10_000_000 + 1024 * 1024);
    for (const accept of [{ Accept: "application/json" }, HTML]) {
      const body = chunkedBody((offset, length) => cutOff.subarray(offset, offset + length), cutOff.byteLength);
      const response = await customerUpload(
        streamed(customerUrl(), body.stream, { "content-type": type, ...accept }),
        customerParams(),
      );
      if (accept === HTML) {
        expect(response.status).toBe(303);
        expect(response.headers.get("location")).toBe(
          `/p/${desk.portal.slug}/requests/${desk.token}?fileError=fileTooLarge#files`,
        );
      } else {
        expect(response.status).toBe(413);
        expect(await response.json()).toEqual({
          error: "fileTooLarge",
          maxBytes: 10_000_000,
          message: de.Errors.fileTooLarge,
        });
      }
    }
    expect(await db.sessionFile.count()).toBe(0);
  });

  it("counts the body while reading it: one longer than its Content-Length says stops at the limit", async () => {
    process.env.LOTSE_MAX_FILE_BYTES = "1000";
    const body = chunkedBody((_, length) => new Uint8Array(length).fill(120), 20_000_000);
    const response = await agentUpload(
      streamed(agentUrl(), body.stream, { "content-type": "multipart/form-data; boundary=x", "content-length": "900" }),
      agentParams(),
    );
    await expectError(response, 413, "fileTooLarge");
    // The limit, 1000 bytes plus 64 KB for the multipart framing, is passed within the second
    // 64 KB piece: reading stops there instead of taking in 20 MB.
    expect(body.pulled()).toBe(2 * 64 * 1024);
  });

  it("refuses over the session's and each side's allowance, in the customer's and the agent's language", async () => {
    await speaking({ customer: "en", agent: "de" });
    process.env.LOTSE_SESSION_FILES_MAX_BYTES = "8";
    process.env.LOTSE_PARTICIPANT_FILES_MAX_BYTES = "5";
    expect((await agentUpload(multipart(agentUrl()), agentParams())).status).toBe(201);
    const fromAgent = await agentUpload(multipart(agentUrl(), new File(["x"], "x.txt")), agentParams());
    expect(fromAgent.status).toBe(413);
    expect(await fromAgent.json()).toEqual({
      error: "participantFileQuotaExceeded",
      maxBytes: 5,
      message: de.Errors.participantFileQuotaExceeded,
    });
    const fromCustomer = await customerUpload(multipart(customerUrl()), customerParams());
    expect(fromCustomer.status).toBe(413);
    expect(await fromCustomer.json()).toEqual({
      error: "sessionFileQuotaExceeded",
      maxBytes: 8,
      message: en.Errors.sessionFileQuotaExceeded,
    });
    const withoutJs = await customerUpload(multipart(customerUrl(), undefined, HTML), customerParams());
    expect(withoutJs.headers.get("location")).toBe(
      `/p/${desk.portal.slug}/requests/${desk.token}?fileError=sessionFileQuotaExceeded#files`,
    );
    expect(fileSendStatusOf({ fileError: "sessionFileQuotaExceeded" })).toEqual({
      kind: "error",
      key: "sessionFileQuotaExceeded",
    });

    // Someone the handler cannot place is answered in their browser's language.
    const stranger = await customerUpload(
      multipart(customerUrl("x".repeat(43)), undefined, { "Accept-Language": "en-GB,en;q=0.9" }),
      customerParams("", "x".repeat(43)),
    );
    expect(await stranger.json()).toEqual({ error: "notFound", message: en.Errors.notFound });

    // A participant whose allowance is used up is refused before the body is read.
    process.env.LOTSE_SESSION_FILES_MAX_BYTES = "5";
    const unread = chunkedBody((_, length) => new Uint8Array(length), 1_000_000);
    const early = await customerUpload(
      streamed(customerUrl(), unread.stream, { "content-type": "multipart/form-data; boundary=x" }),
      customerParams(),
    );
    await expectError(early, 413, "sessionFileQuotaExceeded");
    expect(unread.pulled()).toBe(0);
    expect(await db.sessionFile.count()).toBe(1);
  });

  it("refuses files over the session's file count with 409", async () => {
    await speaking({ customer: "en", agent: "de" });
    process.env.LOTSE_SESSION_FILES_MAX_COUNT = "1";
    expect((await customerUpload(multipart(customerUrl()), customerParams())).status).toBe(201);
    const refused = await agentUpload(multipart(agentUrl()), agentParams());
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({
      error: "sessionFileCountExceeded",
      maxFiles: 1,
      message: de.Errors.sessionFileCountExceeded,
    });
    const withoutJs = await agentUpload(multipart(agentUrl(), undefined, HTML), agentParams());
    expect(withoutJs.headers.get("location")).toBe(
      `/agent/sessions/${desk.sessionId}?fileError=sessionFileCountExceeded#files`,
    );
    expect(fileSendStatusOf({ fileError: "sessionFileCountExceeded" })).toMatchObject({
      key: "sessionFileCountExceeded",
    });
  });

  it("refuses with 507 when the disk would fall below the free-space reserve", async () => {
    await speaking({ customer: "en", agent: "de" });
    process.env.LOTSE_MIN_FREE_DISK_BYTES = String(Number.MAX_SAFE_INTEGER);
    const fromCustomer = await customerUpload(multipart(customerUrl()), customerParams());
    expect(fromCustomer.status).toBe(507);
    expect(await fromCustomer.json()).toEqual({ error: "storageFull", message: en.Errors.storageFull });
    const fromAgent = await agentUpload(multipart(agentUrl()), agentParams());
    expect(await fromAgent.json()).toEqual({ error: "storageFull", message: de.Errors.storageFull });
    const withoutJs = await agentUpload(multipart(agentUrl(), undefined, HTML), agentParams());
    expect(withoutJs.headers.get("location")).toBe(`/agent/sessions/${desk.sessionId}?fileError=storageFull#files`);
    expect(fileSendStatusOf({ fileError: "storageFull" })).toMatchObject({ key: "storageFull" });
    expect(await db.sessionFile.count()).toBe(0);
  });
});

describe("download handlers", () => {
  it("serve the file as an attachment to the two participants, with safe headers", async () => {
    const html = new File(["<script>alert(1)</script>"], "seite.html", { type: "text/html" });
    const { id } = (await (await customerUpload(multipart(customerUrl(), html), customerParams())).json()) as {
      id: string;
    };
    const response = await agentDownload(new Request(`${BASE}${agentUrl()}/${id}`), agentParams(id));
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/octet-stream",
      "content-length": "25",
      "content-disposition": "attachment; filename=\"seite.html\"; filename*=UTF-8''seite.html",
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
    expect(await response.text()).toBe("<script>alert(1)</script>");

    const pdf = new File(["%PDF-1.7"], "Übersicht.pdf", { type: "application/pdf" });
    const sent = (await (await agentUpload(multipart(agentUrl(), pdf), agentParams())).json()) as { id: string };
    const own = await customerDownload(new Request(`${BASE}${customerUrl()}/${sent.id}`), customerParams(sent.id));
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(own.headers.get("content-disposition")).toBe(
      "attachment; filename=\"_bersicht.pdf\"; filename*=UTF-8''%C3%9Cbersicht.pdf",
    );
    expect(await own.text()).toBe("%PDF-1.7");
  });

  it("answer everyone else with 404 (401 when no agent is signed in)", async () => {
    const { id } = (await (await agentUpload(multipart(agentUrl()), agentParams())).json()) as { id: string };
    const other = await desk.request();
    const get = (url: string) => new Request(`${BASE}${url}`);
    signedIn(desk.agents.ben);
    await expectError(await agentDownload(get(`${agentUrl()}/${id}`), agentParams(id)), 404, "notFound");
    signedIn(null);
    await expectError(await agentDownload(get(`${agentUrl()}/${id}`), agentParams(id)), 401, "notSignedIn");
    for (const token of [other.token, "x".repeat(43), "kurz"]) {
      await expectError(await customerDownload(get(customerUrl(token)), customerParams(id, token)), 404, "notFound");
    }
    await expectError(await customerDownload(get(customerUrl()), customerParams("unbekannt")), 404, "notFound");
  });
});

describe("proxy", () => {
  const post = (pathname: string, headers: Record<string, string>) =>
    proxy(new NextRequest(`${BASE}${pathname}`, { method: "POST", headers: { host: "localhost:3000", ...headers } }));
  const sameOrigin = {
    origin: BASE,
    "sec-fetch-site": "same-origin",
    "content-type": "multipart/form-data; boundary=x",
  };

  it("lets a same-origin multipart upload into a customer's session through, whatever its size", () => {
    const response = post("/p/kundendienst/requests/abc/sessions/s1/files", {
      ...sameOrigin,
      "content-length": "9000000",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it("still sends oversized portal form posts back, and refuses cross-site uploads", () => {
    const form = post("/p/kundendienst", { ...sameOrigin, "content-length": "9000000" });
    expect(form.status).toBe(303);
    expect(
      post("/p/kundendienst/requests/abc/sessions/s1/files/x", { ...sameOrigin, "content-length": "9000000" }).status,
    ).toBe(303);
    const crossSite = post("/p/kundendienst/requests/abc/sessions/s1/files", {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    expect(crossSite.status).toBe(403);
    expect(post(`/agent/sessions/s1/files`, { origin: "https://evil.example" }).status).toBe(403);
  });
});
