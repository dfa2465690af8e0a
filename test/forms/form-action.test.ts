import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  createTeamAction,
  deleteTeamAction,
  setTeamPortalsAction,
  updateTeamAction,
} from "@/app/manager/(center)/teams/actions";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { formAction } from "@/lib/forms/form-action";
import { formField, readForm } from "@/lib/forms/form-fields";
import { initialFormState } from "@/lib/forms/form-state";
import { createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { answerOf, form, NOT_FOUND } from "@/test/action-answers";
import { resetDatabase } from "@/test/reset-database";

// One helper reads every form and answers every action (lib/forms/form-action.ts); the team
// actions show it end to end on a real database, the rest of the file its edges.
vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

let manager: Principal;
beforeEach(async () => {
  await resetDatabase();
  manager = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
  signedIn(manager);
});

describe("readForm", () => {
  const fields = z.object({
    name: formField.required("teamNameRequired"),
    note: formField.text(),
    teamIds: formField.list(),
    visible: formField.checkbox(),
    function: formField.group(),
  });

  it("gives typed values: empty text is '', lists drop empty entries, checkboxes are booleans, groups nest", () => {
    const data = form({ name: " Alpha ", "function.chat": "on" });
    data.append("teamIds", "a");
    data.append("teamIds", "");
    data.append("teamIds", "b");
    data.set("visible", "1");
    expect(readForm(fields, data)).toEqual({
      ok: true,
      values: { name: "Alpha", note: "", teamIds: ["a", "b"], visible: true, function: { chat: "on" } },
    });
  });

  it("gives the schema's Errors key per field, and 'entryInvalid' where the schema names none", () => {
    const strict = z.object({ name: formField.required("teamNameRequired"), count: z.number() });
    expect(readForm(strict, form({ count: "many" }))).toEqual({
      ok: false,
      fieldErrors: { name: "teamNameRequired", count: "entryInvalid" },
    });
  });

  it("reads a file input that was left empty as no file, and a chosen one as the file", () => {
    const files = z.object({ upload: formField.file() });
    const empty = form({});
    empty.set("upload", new File([], ""));
    expect(readForm(files, empty)).toEqual({ ok: true, values: { upload: undefined } });
    const unnamed = form({});
    unnamed.set("upload", new File([], "blob"));
    expect(readForm(files, unnamed)).toEqual({ ok: true, values: { upload: undefined } });
    const chosen = form({});
    chosen.set("upload", new File(["a;b"], "liste.csv"));
    const read = readForm(files, chosen);
    expect(read.ok && read.values.upload?.name).toBe("liste.csv");
  });

  it("reads anything that is not a form (a shifted argument) as an empty form", () => {
    expect(readForm(fields, { name: "forged" })).toEqual({ ok: false, fieldErrors: { name: "teamNameRequired" } });
  });
});

describe("formAction on the team actions", () => {
  it("saves, leaves the notice and redirects (post/redirect/get)", async () => {
    const answer = await answerOf(createTeamAction(initialFormState, form({ name: "Support", greeting: "Hallo" })));
    const team = await db.team.findFirstOrThrow({ where: { name: "Support" } });
    expect(answer).toBe(`redirect /manager/teams/${team.id} + notice:teamCreated`);
    expect(team.greeting).toBe("Hallo");
  });

  it("hands the domain's field errors back with the submitted values, and writes nothing", async () => {
    const state = await createTeamAction(initialFormState, form({ name: "", greeting: "Hallo", maxSessions: "x" }));
    expect(state).toEqual({
      fieldErrors: { name: "teamNameRequired", maxSessions: "maxSessionsInvalid" },
      values: { name: "", greeting: "Hallo", maxSessions: "x" },
      fieldOrder: ["name", "greeting", "maxSessions"],
    });
    expect(await db.team.count()).toBe(0);
  });

  it("keeps a list field's checked values, comma-joined, when the form comes back", async () => {
    const team = await createTeamRecord("Support");
    const data = form({ teamId: team.id });
    data.append("subPortalIds", "not-a-portal");
    data.append("subPortalIds", "nor-this");
    const state = await setTeamPortalsAction(initialFormState, data);
    expect(state.values.subPortalIds).toBe("not-a-portal,nor-this");
  });

  it("answers 404 for a row that is missing or not the actor's, and for fields a forged post left out", async () => {
    expect(await answerOf(updateTeamAction(initialFormState, form({ teamId: "nope", name: "X" })))).toBe(NOT_FOUND);
    expect(await answerOf(deleteTeamAction(form({ teamId: "nope" })))).toBe(NOT_FOUND);
    const team = await createTeamRecord("Support");
    const teamManager = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "team" }));
    signedIn(teamManager);
    expect(await answerOf(deleteTeamAction(form({ teamId: team.id })))).toBe(NOT_FOUND);
    expect(await db.team.count({ where: { id: team.id } })).toBe(1);
  });

  it("sends a signed-out sender to the realm's sign-in page before reading anything", async () => {
    signedIn(null);
    expect(await answerOf(createTeamAction(initialFormState, form({ name: "Support" })))).toBe("redirect /manager");
    expect(await db.team.count()).toBe(0);
  });

  it("parses a bound argument like a field: a forged one answers 404", async () => {
    const action = formAction(
      { signedIn: "anyone", fields: z.object({}), bound: z.string().max(5) },
      async ({ bound }) => ({ redirectTo: `/done/${bound}` }),
    );
    expect(await answerOf(action("ok", initialFormState, form({})))).toBe("redirect /done/ok");
    expect(await answerOf(action({ id: "x" }, initialFormState, form({})))).toBe(NOT_FOUND);
  });
});
