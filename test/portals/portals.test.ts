import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { updateAccountGrants } from "@/lib/admin/account-grants";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { createPortal } from "@/lib/portals/create-portal";
import { deletePortal } from "@/lib/portals/delete-portal";
import { getPortal } from "@/lib/portals/get-portal";
import { listPortals } from "@/lib/portals/list-portals";
import type { PortalSettingsInput } from "@/lib/portals/portal-input";
import { createSubPortal, deleteSubPortal, updateSubPortal } from "@/lib/portals/sub-portals";
import { updatePortalSettings } from "@/lib/portals/update-portal-settings";
import { resetDatabase } from "@/test/reset-database";
import { buildOrganisation } from "../organisation/org-fixture";

const system = { type: "system" as const, label: "test" };
let org: Awaited<ReturnType<typeof buildOrganisation>>;

async function grant(companyManagersMayChangePortals: boolean, localRecordingAllowed = false) {
  await updateAccountGrants(system, {
    companyManagersMayChangePortals,
    companyManagersMayCreateApiManagers: false,
    localRecordingAllowed,
  });
}

beforeEach(async () => {
  await resetDatabase();
  org = await buildOrganisation();
  await grant(true);
});

const newPortal = (over: Partial<Record<string, string>> = {}) => ({
  name: "Kundenportal",
  slug: "kunden",
  type: "questionBox",
  subPortalName: "Allgemein",
  subPortalSlug: "allgemein",
  ...over,
});

function settings(over: Partial<PortalSettingsInput> = {}): PortalSettingsInput {
  return {
    name: "Kundenportal",
    slug: "kunden",
    type: "questionBox",
    queueMode: false,
    welcomeDe: "Willkommen",
    welcomeEn: "Welcome",
    fields: {},
    features: {},
    completedSessionEmail: "",
    ...over,
  };
}

describe("creating portals", () => {
  it("creates a portal with its first sub-portal and an audit row", async () => {
    const { id } = await createPortal(org.principals.company, newPortal());
    const { portals } = await listPortals(org.principals.company, new Date());
    expect(portals).toEqual([
      expect.objectContaining({
        id,
        name: "Kundenportal",
        slug: "kunden",
        type: "questionBox",
        subPortals: [expect.objectContaining({ name: "Allgemein", slug: "allgemein" })],
      }),
    ]);
    expect(await db.auditLog.count({ where: { action: "portal.created", targetId: id } })).toBe(1);
  });

  it("names every invalid field and creates nothing", async () => {
    await createPortal(org.principals.company, newPortal());
    const attempt = createPortal(
      org.principals.company,
      newPortal({ name: " ", slug: "Kunden Portal", type: "fax", subPortalSlug: "" }),
    );
    await expect(attempt).rejects.toEqual(
      new ValidationError({
        name: "portalNameRequired",
        slug: "slugInvalid",
        type: "portalTypeInvalid",
        subPortalSlug: "slugRequired",
      }),
    );
    await expect(createPortal(org.principals.company, newPortal())).rejects.toEqual(
      new ValidationError({ slug: "slugTaken" }),
    );
    await expect(
      createPortal(org.principals.company, newPortal({ slug: "neu", subPortalSlug: "requests" })),
    ).rejects.toEqual(new ValidationError({ subPortalSlug: "slugReserved" }));
    expect(await db.portal.count()).toBe(1);
    expect(await db.subPortal.count()).toBe(1);
  });

  it("refuses company managers without the Admin Center grant, and everyone else", async () => {
    await grant(false);
    await expect(createPortal(org.principals.company, newPortal())).rejects.toThrow(NotFoundError);
    await grant(true);
    for (const outsider of [
      org.principals.teamA,
      org.principals.teamB,
      org.principals.api,
      org.principals.agentWithAccess,
    ]) {
      await expect(createPortal(outsider, newPortal())).rejects.toThrow(NotFoundError);
      await expect(listPortals(outsider, new Date())).rejects.toThrow(NotFoundError);
    }
    expect(await db.portal.count()).toBe(0);
  });
});

describe("portal settings", () => {
  let id: string;
  beforeEach(async () => {
    ({ id } = await createPortal(org.principals.company, newPortal()));
  });

  it("are read-only without the grant: shown, but every write refused", async () => {
    await grant(false);
    const details = await getPortal(org.principals.company, id);
    expect(details.mayChange).toBe(false);
    await expect(updatePortalSettings(org.principals.company, id, settings({ name: "Neu" }))).rejects.toThrow(
      NotFoundError,
    );
    await expect(createSubPortal(org.principals.company, id, { name: "B", slug: "b" })).rejects.toThrow(NotFoundError);
    await expect(deletePortal(org.principals.company, id)).rejects.toThrow(NotFoundError);
    expect((await db.portal.findUniqueOrThrow({ where: { id } })).name).toBe("Kundenportal");
  });

  it("saves type, fields, texts, features and the completed-session address", async () => {
    await updatePortalSettings(
      org.principals.company,
      id,
      settings({
        type: "contactButton",
        queueMode: true,
        fields: {
          phone: { shown: false, required: true, labelDe: "", labelEn: "", helpDe: "", helpEn: "" },
          email: {
            shown: true,
            required: true,
            labelDe: "Ihre E-Mail",
            labelEn: "Your e-mail",
            helpDe: "Für Rückfragen",
            helpEn: "For questions",
          },
        },
        features: { fileTransferSend: false, customerSurvey: false },
        completedSessionEmail: "  leitung@firma.example ",
      }),
    );
    const { portal } = await getPortal(org.principals.company, id);
    expect(portal).toMatchObject({
      type: "contactButton",
      queueMode: true,
      completedSessionEmail: "leitung@firma.example",
    });
    expect(Object.keys(portal.fields)).toEqual(["name", "email", "phone"]);
    expect(portal.fields.phone).toMatchObject({ shown: false, required: false });
    expect(portal.fields.email).toEqual({
      shown: true,
      required: true,
      label: { de: "Ihre E-Mail", en: "Your e-mail" },
      help: { de: "Für Rückfragen", en: "For questions" },
    });
    expect(portal.features).toMatchObject({ fileTransferSend: false, customerSurvey: false, screenSharing: true });
  });

  it("keeps the essential field of a type shown and required", async () => {
    await updatePortalSettings(
      org.principals.company,
      id,
      settings({
        fields: { problem: { shown: false, required: false, labelDe: "", labelEn: "", helpDe: "", helpEn: "" } },
      }),
    );
    expect((await getPortal(org.principals.company, id)).portal.fields.problem).toMatchObject({
      shown: true,
      required: true,
    });
  });

  it("names bad input by field and saves nothing", async () => {
    const attempt = updatePortalSettings(
      org.principals.company,
      id,
      settings({
        name: "Geändert",
        completedSessionEmail: "kein-mail",
        fields: {
          name: { shown: true, required: true, labelDe: "x".repeat(101), labelEn: "", helpDe: "", helpEn: "" },
        },
      }),
    );
    await expect(attempt).rejects.toEqual(
      new ValidationError({ "fields.name.labelDe": "tooLong", completedSessionEmail: "emailFormat" }),
    );
    expect((await db.portal.findUniqueOrThrow({ where: { id } })).name).toBe("Kundenportal");
  });

  it("switches recording on only where the Admin Center allows it", async () => {
    await expect(
      updatePortalSettings(org.principals.company, id, settings({ features: { sessionRecording: true } })),
    ).rejects.toEqual(new ValidationError({ "features.sessionRecording": "recordingNotAllowed" }));
    await grant(true, true);
    await updatePortalSettings(org.principals.company, id, settings({ features: { sessionRecording: true } }));
    expect((await getPortal(org.principals.company, id)).portal.features.sessionRecording).toBe(true);
  });

  it("refuses a slug another portal has", async () => {
    await createPortal(org.principals.company, newPortal({ slug: "zweites" }));
    await expect(updatePortalSettings(org.principals.company, id, settings({ slug: "zweites" }))).rejects.toEqual(
      new ValidationError({ slug: "slugTaken" }),
    );
  });
});

describe("sub-portals and deleting", () => {
  it("creates, renames and deletes sub-portals, but never the last one", async () => {
    const { id, subPortalId } = await createPortal(org.principals.company, newPortal());
    const second = await createSubPortal(org.principals.company, id, { name: "Drucker", slug: "drucker" });
    await expect(createSubPortal(org.principals.company, id, { name: "Doppelt", slug: "drucker" })).rejects.toEqual(
      new ValidationError({ slug: "slugTaken" }),
    );
    await updateSubPortal(org.principals.company, id, second.id, {
      name: "Drucker & Scanner",
      slug: "drucker-scanner",
    });
    await deleteSubPortal(org.principals.company, id, subPortalId);
    await expect(deleteSubPortal(org.principals.company, id, second.id)).rejects.toEqual(
      new ValidationError({ form: "lastSubPortal" }),
    );
    const [portal] = (await listPortals(org.principals.company, new Date())).portals;
    expect(portal!.subPortals.map((s) => [s.name, s.slug])).toEqual([["Drucker & Scanner", "drucker-scanner"]]);
    // The deleted one is kept (history), its slug free again.
    expect(await db.subPortal.findUniqueOrThrow({ where: { id: subPortalId } })).toMatchObject({
      slug: null,
      deletedAt: expect.any(Date),
    });
    await createSubPortal(org.principals.company, id, { name: "Allgemein", slug: "allgemein" });
  });

  it("a deleted portal disappears but keeps its rows and history; its slug is free again", async () => {
    const { id, subPortalId } = await createPortal(org.principals.company, newPortal());
    await db.teamSubPortal.create({ data: { teamId: org.teams.support.id, subPortalId } });
    const request = await db.supportRequest.create({
      data: {
        token: "t",
        subPortalId,
        portalName: "Kundenportal",
        subPortalName: "Allgemein",
        portalType: "questionBox",
        language: "de",
      },
    });
    await deletePortal(org.principals.company, id);
    expect((await listPortals(org.principals.company, new Date())).portals).toEqual([]);
    await expect(getPortal(org.principals.company, id)).rejects.toThrow(NotFoundError);
    expect(await db.teamSubPortal.count()).toBe(0);
    expect(await db.supportRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      portalName: "Kundenportal",
    });
    await createPortal(org.principals.company, newPortal());
    expect(await db.auditLog.count({ where: { action: "portal.deleted" } })).toBe(1);
  });
});
