import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { startBulkEntryAction } from "@/app/manager/(center)/agents/actions";
import type { BulkState } from "@/lib/agents/bulk-input";
import { getBulkEntry } from "@/lib/agents/bulk-entry";
import { verifyPassword } from "@/lib/auth/password";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { createTeamRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { buildOrganisation } from "./org-fixture";

// Next's cookie session is not the subject here: the signed-in manager is whoever the test says.
// Flashes: the cookie an action leaves for the page it redirects to (answerOf shows it).
vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));

let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeEach(async () => {
  await resetDatabase();
  org = await buildOrganisation();
  await createTeamRecord("Kundendienst Süd", org.teams.support.id);
  vi.mocked(currentPrincipal).mockResolvedValue(org.principals.company);
});

const initial: BulkState = { fieldErrors: {}, values: {}, problems: [] };
const fixture = (name: string) => fs.readFileSync(path.join("test/fixtures/masseneingabe", name));

/** Posts the Masseneingabe form as the browser does; the bulk entry's id when it started, else the form's state. */
async function submit(fields: { bulkText?: string; file?: { name: string; bytes: Buffer } }) {
  const form = new FormData();
  form.set("bulkText", fields.bulkText ?? "");
  form.set(
    "bulkFile",
    fields.file ? new File([new Uint8Array(fields.file.bytes)], fields.file.name) : new File([], ""),
  );
  try {
    return { state: await startBulkEntryAction(initial, form) };
  } catch (error) {
    const to = /;\/manager\/agents\/bulk\/([^;]+);/.exec((error as { digest?: string }).digest ?? "")?.[1];
    if (!to) throw error;
    return { bulkEntryId: to };
  }
}

async function finished(bulkEntryId: string) {
  // The bulk entry runs in the background and announces nothing: ask until it no longer runs.
  return vi.waitFor(
    async () => {
      const job = await getBulkEntry(org.principals.company, bulkEntryId);
      if (job.status === "running") throw new Error("the bulk entry is still running");
      return job;
    },
    { timeout: 10_000 },
  );
}

describe("Masseneingabe upload", () => {
  it("imports German Excel's CSV (Windows-1252, semicolons) with its umlauts, quotes and line breaks", async () => {
    const sent = await submit({
      file: { name: "mitarbeiter.csv", bytes: fixture("excel-csv-trennzeichen-getrennt.csv") },
    });
    expect(sent.state).toBeUndefined();
    expect(await finished(sent.bulkEntryId!)).toMatchObject({ status: "done", created: 4 });
    const agents = await db.agentProfile.findMany({
      where: { user: { loginId: { endsWith: "@firma.de" } } },
      select: {
        firstName: true,
        lastName: true,
        screenName: true,
        customField: true,
        team: { select: { name: true } },
      },
      orderBy: { user: { loginId: "asc" } },
    });
    expect(agents).toEqual([
      {
        firstName: "Anna",
        lastName: "Albers",
        screenName: "Anna A.",
        customField: "Kst 4711; Bonn, Haus B",
        team: { name: "Vertrieb" },
      },
      {
        firstName: "Clara",
        lastName: "Cramer",
        screenName: 'Clara "CC" C.',
        customField: "",
        team: { name: "Vertrieb" },
      },
      {
        firstName: "Dieter",
        lastName: "Daß",
        screenName: "Dieter",
        customField: "Straße 1\nBonn",
        team: { name: "Kundendienst Süd" },
      },
      {
        firstName: "Jürgen",
        lastName: "Fünf",
        screenName: "Jürgen F.",
        customField: "Größe XL",
        team: { name: "Kundendienst Süd" },
      },
    ]);
    // A misread umlaut in the password would lock Jürgen out without anyone noticing.
    const juergen = await db.user.findUniqueOrThrow({ where: { loginId: "juergen.fuenf@firma.de" } });
    expect(await verifyPassword(juergen.passwordHash, "Straße-4711-Größe")).toBe(true);
  });

  it("refuses a workbook next to the file field, keeping the text area's text", async () => {
    const sent = await submit({
      bulkText: "angefangen",
      file: { name: "mitarbeiter.xlsx", bytes: fixture("excel-arbeitsmappe.xlsx") },
    });
    expect(sent.state).toMatchObject({
      fieldErrors: { bulkFile: "bulkFileNotText" },
      values: { bulkText: "angefangen" },
    });
    expect(await db.bulkEntry.count()).toBe(0);
  });

  it("refuses a file, or a text, whose separator it can't recognise, next to its field", async () => {
    const file = await submit({ file: { name: "mitarbeiter.csv", bytes: fixture("senkrechter-strich.csv") } });
    expect(file.state).toMatchObject({ fieldErrors: { bulkFile: "bulkSeparatorUnknown" } });
    expect(file.state?.problems ?? []).toEqual([]);
    const text = await submit({ bulkText: fixture("senkrechter-strich.csv").toString("utf8") });
    expect(text.state).toMatchObject({ fieldErrors: { bulkText: "bulkSeparatorUnknown" } });
    expect(text.state?.problems ?? []).toEqual([]);
    expect(await db.bulkEntry.count()).toBe(0);
  });
});
