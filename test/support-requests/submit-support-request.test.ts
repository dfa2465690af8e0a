import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { getWaitingRequest } from "@/lib/support-requests/get-waiting-request";
import {
  PORTAL_SUBMISSION_RATE_LIMIT,
  PORTAL_SUBMISSION_SCOPE,
  SUBMISSION_RATE_LIMIT,
} from "@/lib/support-requests/rate-limit";
import { hashRequestToken } from "@/lib/support-requests/request-token";
import { submitSupportRequest, type SubmitSupportRequestInput } from "@/lib/support-requests/submit-support-request";
import { generateConnectionCode } from "@/lib/live/connection-codes";
import { createPortalRecord, createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { agentSelectionPortal, closeAllWeek, holidayOn } from "./portal-fixture";

beforeEach(resetDatabase);

const NOW = new Date("2026-12-25T10:00:00Z");

function submit(input: Partial<SubmitSupportRequestInput> & Pick<SubmitSupportRequestInput, "portalSlug">) {
  return submitSupportRequest({
    language: "de",
    clientAddress: "203.0.113.7",
    values: {},
    now: NOW,
    ...input,
  });
}

async function refusal(work: Promise<unknown>): Promise<Record<string, string>> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

const requestCount = () => db.supportRequest.count();

describe("submitSupportRequest", () => {
  it("stores name and problem without NUL and direction overrides, so they show what was typed", async () => {
    await createPortalRecord({ name: "Kundendienst", slug: "kd", type: "questionBox", subPortals: ["Drucker"] });
    const result = await submit({
      portalSlug: "kd",
      values: {
        name: "Kim\u0000 Kunde\u202Egnp.exe",
        problem: "Anhang: Rechnung\u202Egnp.exe\u0000\r\nBitte öffnen",
      },
    });
    const stored = await db.supportRequest.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.customerName).toBe("Kim Kundegnp.exe");
    expect(stored.problem).toBe("Anhang: Rechnunggnp.exe\nBitte öffnen");
  });

  it("records a waiting request with the snapshot names, the fields and the language", async () => {
    await createPortalRecord({
      name: "Kundendienst",
      slug: "kd",
      type: "questionBox",
      subPortals: ["Drucker"],
    });
    const result = await submit({
      portalSlug: "kd",
      language: "en",
      values: {
        name: " Ada Lovelace ",
        email: "ada@example.com",
        phone: "",
        problem: "Printer <b>jams</b>",
        code: "999999",
      },
    });
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.portalSlug).toBe("kd");
    const stored = await db.supportRequest.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored).toMatchObject({
      token: hashRequestToken(result.token),
      portalName: "Kundendienst",
      subPortalName: "Drucker",
      portalType: "questionBox",
      status: "waiting",
      language: "en",
      customerName: "Ada Lovelace",
      customerEmail: "ada@example.com",
      customerPhone: "",
      problem: "Printer <b>jams</b>",
      chosenAgentId: null,
      connectionCode: null,
      createdAt: NOW,
    });
  });

  it("stores nothing when a field is wrong", async () => {
    await createPortalRecord({ slug: "kd", type: "questionBox" });
    expect(await refusal(submit({ portalSlug: "kd", values: { name: "Ada", email: "nope" } }))).toEqual({
      email: "emailFormat",
      problem: "problemRequired",
    });
    expect(await requestCount()).toBe(0);
    expect(await db.rateLimit.count()).toBe(0);
  });

  it("leads a connection code to the agent who generated it; unknown, used or expired codes are refused", async () => {
    const team = await createTeamRecord("Fernwartung");
    await createPortalRecord({ slug: "code", type: "connectionCode", teamIds: [team.id] });
    const agent = await signedInPrincipal(await createUserRecord({ kind: "agent", teamIds: [team.id] }));
    expect(await refusal(submit({ portalSlug: "code", values: { name: "Ada", code: "12" } }))).toEqual({
      code: "connectionCodeFormat",
    });
    const { code } = await generateConnectionCode(agent, NOW);
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
    const { id } = await submit({ portalSlug: "code", values: { name: "Ada", code: spaced } });
    expect(await db.supportRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      connectionCode: code,
      chosenAgentId: agent.userId,
    });
    // Used once only; a guess is refused — and still counts against the rate limit.
    expect(await refusal(submit({ portalSlug: "code", values: { name: "Ada", code } }))).toEqual({
      code: "connectionCodeUnknown",
    });
    expect(await refusal(submit({ portalSlug: "code", values: { name: "Ada", code: "999999" } }))).toEqual({
      code: "connectionCodeUnknown",
    });
    expect((await db.rateLimit.findMany()).find((r) => r.key.startsWith("portal-submit:"))?.count).toBe(3);
    const late = await generateConnectionCode(agent, NOW);
    const after = new Date(NOW.getTime() + 21 * 60_000);
    expect(await refusal(submit({ portalSlug: "code", values: { name: "Ada", code: late.code }, now: after }))).toEqual(
      { code: "connectionCodeUnknown" },
    );
    expect(await db.supportRequest.count()).toBe(1);
  });

  it("goes to the named sub-portal, or the first one", async () => {
    const portal = await createPortalRecord({
      slug: "kd",
      type: "contactButton",
      subPortals: ["Zweiter"],
    });
    const older = await db.subPortal.create({
      data: {
        portalId: portal.id,
        name: "Erster",
        slug: "erster",
        createdAt: new Date("2020-01-01"),
      },
    });
    const values = { name: "Ada" };
    const first = await submit({ portalSlug: "kd", values });
    const second = await submit({ portalSlug: "kd", subPortalSlug: "zweiter", values });
    const rows = await db.supportRequest.findMany({
      where: { id: { in: [first.id, second.id] } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.subPortalId, r.subPortalName])).toEqual([
      [older.id, "Erster"],
      [portal.subPortals[0]!.id, "Zweiter"],
    ]);
  });

  it("does not find deleted or unknown portals and sub-portals", async () => {
    const portal = await createPortalRecord({
      slug: "kd",
      type: "contactButton",
      subPortals: ["Standard", "Alt"],
      fields: { name: { shown: false } },
    });
    await expect(submit({ portalSlug: "kd", subPortalSlug: "alt" })).resolves.toBeTruthy();
    await db.subPortal.updateMany({
      where: { portalId: portal.id, slug: "alt" },
      data: { deletedAt: new Date(), slug: null },
    });
    await expect(submit({ portalSlug: "kd", subPortalSlug: "alt" })).rejects.toThrow(NotFoundError);
    await expect(submit({ portalSlug: "unbekannt" })).rejects.toThrow(NotFoundError);
    await db.portal.update({ where: { id: portal.id }, data: { deletedAt: new Date() } });
    await expect(submit({ portalSlug: "kd" })).rejects.toThrow(NotFoundError);
    expect(await requestCount()).toBe(1);
  });

  it("refuses while the portal is closed by its business hours or a holiday", async () => {
    const fields = { name: { shown: false } };
    const closed = await createPortalRecord({ slug: "zu", type: "contactButton", fields });
    await closeAllWeek(closed.id);
    expect(await refusal(submit({ portalSlug: "zu" }))).toEqual({ form: "portalClosed" });

    const holiday = await createPortalRecord({ slug: "feiertag", type: "contactButton", fields });
    await holidayOn(holiday.id, "2026-12-25");
    expect(await refusal(submit({ portalSlug: "feiertag" }))).toEqual({ form: "portalClosed" });
    expect(await requestCount()).toBe(0);
    // The day after, the holiday portal (without business hours) is open again.
    await submit({ portalSlug: "feiertag", now: new Date("2026-12-26T10:00:00Z") });
    expect(await requestCount()).toBe(1);
  });

  it("records a refusal by a closed portal for the reports, as often as the client's rate limit allows", async () => {
    const closed = await createPortalRecord({
      name: "Kundendienst",
      slug: "zu",
      type: "contactButton",
      subPortals: ["Drucker"],
      fields: { name: { shown: false } },
    });
    await closeAllWeek(closed.id);
    expect(await refusal(submit({ portalSlug: "zu" }))).toEqual({ form: "portalClosed" });
    const events = await db.activityEvent.findMany({ where: { type: "refusedClosed" } });
    expect(events).toMatchObject([
      {
        at: NOW,
        portalId: closed.id,
        portalName: "Kundendienst",
        subPortalId: closed.subPortals[0]!.id,
        subPortalName: "Drucker",
        data: JSON.stringify({ reason: "hours" }),
      },
    ]);
    expect(await requestCount()).toBe(0);
    // Trying again and again is refused every time, but recorded no more often than submissions would be.
    for (let i = 0; i < SUBMISSION_RATE_LIMIT.limit + 5; i++)
      expect(await refusal(submit({ portalSlug: "zu" }))).toEqual({ form: "portalClosed" });
    expect(await db.activityEvent.count({ where: { type: "refusedClosed" } })).toBe(SUBMISSION_RATE_LIMIT.limit);
  });

  it("accepts only an available agent who serves the sub-portal and is not disabled", async () => {
    const { portal, agents } = await agentSelectionPortal();
    const slug = portal.slug!;
    const values = (agent: string) => ({ agent, name: "Ada", problem: "Hilfe" });
    for (const outsider of [agents.nora.id, agents.gesperrt.id, agents.anton.id, "not-an-agent"]) {
      expect(await refusal(submit({ portalSlug: slug, subPortalSlug: "drucker", values: values(outsider) }))).toEqual({
        agent: "agentChoiceInvalid",
      });
    }
    expect(await requestCount()).toBe(0);
    const { id } = await submit({
      portalSlug: slug,
      subPortalSlug: "drucker",
      values: values(agents.paula.id),
    });
    expect((await db.supportRequest.findUniqueOrThrow({ where: { id } })).chosenAgentId).toBe(agents.paula.id);
    await submit({ portalSlug: slug, subPortalSlug: "netz", values: values(agents.nora.id) });
  });

  it(`limits each client address to ${SUBMISSION_RATE_LIMIT.limit} requests per window`, async () => {
    await createPortalRecord({
      slug: "kd",
      type: "contactButton",
      fields: { name: { shown: false } },
    });
    for (let i = 0; i < SUBMISSION_RATE_LIMIT.limit; i++) await submit({ portalSlug: "kd" });
    expect(await refusal(submit({ portalSlug: "kd" }))).toEqual({ form: "tooManyRequests" });
    expect(await requestCount()).toBe(SUBMISSION_RATE_LIMIT.limit);

    // Other addresses have their own budget; the address itself is not stored.
    await submit({ portalSlug: "kd", clientAddress: "198.51.100.1" });
    const keys = (await db.rateLimit.findMany())
      .map((r) => r.key)
      .filter((k) => !k.startsWith(`${PORTAL_SUBMISSION_SCOPE}:`));
    expect(keys).toHaveLength(2);
    expect(keys.join()).not.toContain("203.0.113.7");
    expect(keys.every((k) => k.startsWith("portal-submit:"))).toBe(true);

    // A new window starts after the old one ended, and ended windows are swept.
    const later = new Date(NOW.getTime() + SUBMISSION_RATE_LIMIT.windowMs);
    await submit({ portalSlug: "kd", now: later });
    expect(await db.rateLimit.count()).toBe(2); // this address's window and the portal's
    expect(await requestCount()).toBe(SUBMISSION_RATE_LIMIT.limit + 2);
  });

  it(`caps a portal at ${PORTAL_SUBMISSION_RATE_LIMIT.limit} requests per window, whatever addresses they claim`, async () => {
    const portal = await createPortalRecord({ slug: "kd", type: "contactButton", fields: { name: { shown: false } } });
    await createPortalRecord({ slug: "other", type: "contactButton", fields: { name: { shown: false } } });
    // The window's count is counted elsewhere (fixed-window tests); here: the portal's ceiling is applied.
    await db.rateLimit.create({
      data: {
        key: `${PORTAL_SUBMISSION_SCOPE}:${portal.id}`,
        count: PORTAL_SUBMISSION_RATE_LIMIT.limit - 1,
        windowStart: NOW,
      },
    });
    await submit({ portalSlug: "kd", clientAddress: "forged-1" });
    // Said as what it is: the portal is busy, not "your connection sent too many".
    expect(await refusal(submit({ portalSlug: "kd", clientAddress: "forged-2" }))).toEqual({ form: "portalBusy" });
    expect(await requestCount()).toBe(1);
    await submit({ portalSlug: "other", clientAddress: "forged-2" });
  });
});

describe("getWaitingRequest", () => {
  it("finds a request by its token and portal only; the number alone opens nothing", async () => {
    const portal = await createPortalRecord({
      name: "Kundendienst",
      slug: "kd",
      type: "questionBox",
    });
    await createPortalRecord({ slug: "andere" });
    const { id, token } = await submit({
      portalSlug: "kd",
      values: { name: "Ada", problem: "<script>alert(1)</script>" },
    });

    expect(await getWaitingRequest("kd", token)).toMatchObject({
      id,
      status: "waiting",
      portalName: "Kundendienst",
      customerName: "Ada",
      problem: "<script>alert(1)</script>",
    });
    await expect(getWaitingRequest("andere", token)).rejects.toThrow(NotFoundError);
    await expect(getWaitingRequest("kd", String(id))).rejects.toThrow(NotFoundError);
    await expect(getWaitingRequest("kd", hashRequestToken(token))).rejects.toThrow(NotFoundError);
    const otherToken = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    await expect(getWaitingRequest("kd", otherToken)).rejects.toThrow(NotFoundError);

    await db.portal.update({
      where: { id: portal.id },
      data: { deletedAt: new Date(), slug: null },
    });
    await expect(getWaitingRequest("kd", token)).rejects.toThrow(NotFoundError);
  });
});
