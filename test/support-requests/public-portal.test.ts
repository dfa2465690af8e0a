import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { findPublicPortal, inLanguage } from "@/lib/portals/public-portal";
import { createPortalRecord } from "@/prisma/factories";
import { resetDatabase } from "@/test/reset-database";
import { agentSelectionPortal } from "./portal-fixture";

beforeEach(resetDatabase);

const hidden = {
  shown: false,
  required: false,
  label: { de: "", en: "" },
  help: { de: "", en: "" },
};

describe("findPublicPortal", () => {
  it("takes the first sub-portal by creation order when none is named, and skips deleted ones", async () => {
    const portal = await createPortalRecord({ slug: "hilfe", subPortals: ["Zweiter"] });
    const older = await db.subPortal.create({
      data: {
        portalId: portal.id,
        name: "Erster",
        slug: "erster",
        createdAt: new Date("2020-01-01"),
      },
    });
    expect((await findPublicPortal("hilfe")).subPortal).toEqual({
      id: older.id,
      slug: "erster",
      name: "Erster",
    });
    expect((await findPublicPortal("hilfe", "zweiter")).subPortal.name).toBe("Zweiter");

    await db.subPortal.update({
      where: { id: older.id },
      data: { deletedAt: new Date(), slug: null },
    });
    expect((await findPublicPortal("hilfe")).subPortal.name).toBe("Zweiter");
    await expect(findPublicPortal("hilfe", "erster")).rejects.toThrow(NotFoundError);
  });

  it("does not find deleted or unknown portals and sub-portals", async () => {
    const portal = await createPortalRecord({ slug: "weg", subPortals: ["Standard"] });
    await expect(findPublicPortal("unbekannt")).rejects.toThrow(NotFoundError);
    await expect(findPublicPortal("weg", "unbekannt")).rejects.toThrow(NotFoundError);
    await db.portal.update({ where: { id: portal.id }, data: { deletedAt: new Date() } });
    await expect(findPublicPortal("weg")).rejects.toThrow(NotFoundError);
    await expect(findPublicPortal("weg", "standard")).rejects.toThrow(NotFoundError);
    // A portal whose only sub-portal is gone has nothing to show either.
    const lonely = await createPortalRecord({ slug: "leer" });
    await db.subPortal.updateMany({
      where: { portalId: lonely.id },
      data: { deletedAt: new Date(), slug: null },
    });
    await expect(findPublicPortal("leer")).rejects.toThrow(NotFoundError);
  });

  it("lists the shown fields in the type's order with their configuration", async () => {
    await createPortalRecord({
      slug: "code",
      type: "connectionCode",
      fields: {
        phone: hidden,
        email: {
          shown: true,
          required: true,
          label: { de: "Mail", en: "" },
          help: { de: "", en: "" },
        },
      },
    });
    const portal = await findPublicPortal("code");
    expect(portal.fields.map((f) => [f.field, f.required])).toEqual([
      ["code", true],
      ["name", true],
      ["email", true],
      ["problem", false],
    ]);
    expect(portal.fields[2]!.label).toEqual({ de: "Mail", en: "" });
  });

  it("offers agent selection the agents serving the sub-portal, not disabled ones, with screen names only", async () => {
    const { agents } = await agentSelectionPortal();
    const portal = await db.portal.findFirstOrThrow({ where: { type: "agentSelection" } });
    const drucker = await findPublicPortal(portal.slug!, "drucker");
    // Anton is not at his console: listed, but not to be chosen.
    expect(drucker.agents).toEqual([
      { id: agents.anton.id, screenName: "Anton", available: false },
      { id: agents.paula.id, screenName: "Paula", available: true },
    ]);
    expect((await findPublicPortal(portal.slug!, "netz")).agents).toEqual([
      { id: agents.nora.id, screenName: "Nora", available: true },
    ]);
    expect(JSON.stringify(drucker)).not.toContain("@lotse.test");
  });

  it("offers no agents on other portal types", async () => {
    await createPortalRecord({ slug: "frage", type: "questionBox" });
    expect((await findPublicPortal("frage")).agents).toEqual([]);
  });
});

describe("inLanguage", () => {
  it("falls back to the other language when the customer's is empty", () => {
    expect(inLanguage({ de: "Hallo", en: "Hello" }, "en")).toBe("Hello");
    expect(inLanguage({ de: "Hallo", en: " " }, "en")).toBe("Hallo");
    expect(inLanguage({ de: "", en: "Hello" }, "de")).toBe("Hello");
    expect(inLanguage({ de: "", en: "" }, "de")).toBe("");
  });
});
