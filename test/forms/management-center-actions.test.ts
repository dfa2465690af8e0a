import { beforeEach, describe, expect, it, vi } from "vitest";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/manager/(center)/api/actions";
import { closeMonitorAction, saveMonitorSettingsAction } from "@/app/manager/(center)/dashboard/actions";
import {
  createTeamManagerAction,
  deleteManagersAction,
  managerSelectionAction,
} from "@/app/manager/(center)/managers/actions";
import {
  cancelWaitingRequestsAction,
  deleteSubPortalAction,
  updatePortalSettingsAction,
} from "@/app/manager/(center)/portals/actions";
import { deleteMonthlyReportAction, createMonthlyReportAction } from "@/app/manager/(center)/reports/monthly/actions";
import { reportFormAction, runSavedReportAction } from "@/app/manager/(center)/reports/actions";
import { recordingAccessAction } from "@/app/manager/(center)/session-information/[number]/actions";
import { setReplayPassphraseAction } from "@/app/manager/(center)/session-information/passphrase/actions";
import { closeSessionViewAction } from "@/app/manager/(center)/sessions/actions";
import { updateAccountGrants } from "@/lib/admin/account-grants";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { initialFormState } from "@/lib/forms/form-state";
import type { ApiTokenFormState } from "@/lib/api/token-form-state";
import { createPortalRecord, createTeamRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";
import { answerOf, form, NOT_FOUND } from "@/test/action-answers";
import { resetDatabase } from "@/test/reset-database";

// The Management Center's actions on the form helper (lib/forms/form-action.ts): what each form
// declares is read, kept when the form comes back, and forged IDs are 404s.
vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

let company: Principal;
beforeEach(async () => {
  await resetDatabase();
  company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
  signedIn(company);
});

const withList = (fields: Record<string, string>, name: string, values: string[]) => {
  const data = form(fields);
  for (const value of values) data.append(name, value);
  return data;
};

describe("Manager", () => {
  it("keeps the teams and rights checked and drops the password when the form comes back", async () => {
    const team = await createTeamRecord("Support");
    const data = withList({ loginId: "", name: "Lea", password: "Correct-horse-42" }, "teamIds", [team.id]);
    data.append("rights", "logOutAgents");
    data.append("rights", "cancelRequests");
    const state = await createTeamManagerAction(initialFormState, data);
    expect(state.fieldErrors.loginId).toBeTruthy();
    expect(state.values).toMatchObject({ name: "Lea", teamIds: team.id, rights: "logOutAgents,cancelRequests" });
    expect(state.values.password).toBeUndefined();
  });

  it("answers an empty selection with its notice, and 404 to a team manager's forged delete", async () => {
    expect(await answerOf(managerSelectionAction(form({ returnTo: "/manager/managers/api" })))).toBe(
      "redirect /manager/managers/api + notice:nothingSelected",
    );
    const other = await createUserRecord({ kind: "manager", role: "team" });
    signedIn(await signedInPrincipal(await createUserRecord({ kind: "manager", role: "team" })));
    expect(await answerOf(deleteManagersAction(withList({}, "managerIds", [other.id])))).toBe(NOT_FOUND);
    expect(await db.user.count({ where: { id: other.id } })).toBe(1);
  });
});

describe("Portale", () => {
  beforeEach(async () => {
    await updateAccountGrants(
      { type: "system", label: "test" },
      {
        companyManagersMayChangePortals: true,
        companyManagersMayCreateApiManagers: false,
        localRecordingAllowed: false,
      },
    );
  });

  it("keeps the settings sent when the domain refuses them, and 404s a foreign or missing portal", async () => {
    const portal = await createPortalRecord({ name: "Hilfe" });
    const state = await updatePortalSettingsAction(
      initialFormState,
      form({
        portalId: portal.id,
        name: "Hilfe",
        slug: "Nicht gültig!",
        type: "questionBox",
        "features.screenSharing": "on",
      }),
    );
    expect(state.fieldErrors).toEqual({ slug: "slugInvalid" });
    expect(state.values).toMatchObject({ slug: "Nicht gültig!", "features.screenSharing": "on" });
    expect(await answerOf(updatePortalSettingsAction(initialFormState, form({ portalId: "nope" })))).toBe(NOT_FOUND);
    expect(await answerOf(cancelWaitingRequestsAction(form({ portalId: "nope" })))).toBe(NOT_FOUND);
  });

  it("answers deleting the last sub-portal with the form's message", async () => {
    const portal = await createPortalRecord({ name: "Hilfe" });
    const state = await deleteSubPortalAction(
      initialFormState,
      form({ portalId: portal.id, subPortalId: portal.subPortals[0]!.id }),
    );
    expect(state.fieldErrors).toEqual({ form: "lastSubPortal" });
  });
});

describe("Dashboard", () => {
  it("404s a monitor that is missing or someone else's", async () => {
    expect(await answerOf(closeMonitorAction(form({ monitorId: "nope" })))).toBe(NOT_FOUND);
    expect(await answerOf(saveMonitorSettingsAction(initialFormState, form({ monitorId: "nope", name: "x" })))).toBe(
      NOT_FOUND,
    );
  });
});

describe("Berichte", () => {
  it("shows a generated report at its address, and keeps the settings when the period is wrong", async () => {
    const answer = await answerOf(reportFormAction(initialFormState, form({ type: "summary", period: "last7Days" })));
    expect(answer).toMatch(/^redirect \/manager\/reports\?.*type=summary/);
    const state = await reportFormAction(
      initialFormState,
      form({ type: "summary", period: "custom", startDate: "2026-05-10", endDate: "2026-05-01", name: "Mai" }),
    );
    expect(Object.keys(state.fieldErrors).length).toBeGreaterThan(0);
    expect(state.values).toMatchObject({ startDate: "2026-05-10", name: "Mai" });
  });

  it("404s a saved or monthly report that is missing or not the viewer's", async () => {
    expect(await answerOf(runSavedReportAction(form({ savedId: "nope" })))).toBe(NOT_FOUND);
    expect(await answerOf(deleteMonthlyReportAction(form({ monthlyReportId: "nope" })))).toBe(NOT_FOUND);
    // Without Monatliche Berichte the form is not found, whatever it holds.
    signedIn(await signedInPrincipal(await createUserRecord({ kind: "manager", role: "team" })));
    expect(await answerOf(createMonthlyReportAction(initialFormState, form({ name: "Monat" })))).toBe(NOT_FOUND);
  });
});

describe("API-Token", () => {
  it("shows the new token's secret in the action's state, once, and 404s a forged revoke", async () => {
    const apiManager = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "api" }));
    signedIn(apiManager);
    const state: ApiTokenFormState = await createApiTokenAction(
      initialFormState,
      form({ name: "CRM", lifetimeDays: "30" }),
    );
    expect(state.created).toMatchObject({ name: "CRM", secret: expect.any(String) });
    expect(await answerOf(revokeApiTokenAction(form({ tokenId: "" })))).toBe(NOT_FOUND);
    expect(await answerOf(revokeApiTokenAction(form({ tokenId: "nope" })))).toBe(NOT_FOUND);
  });
});

describe("Sitzungsinformationen and Sitzungseinsicht", () => {
  it("404s a session, recording or portal that is missing", async () => {
    expect(await answerOf(closeSessionViewAction(form({ sessionId: "nope", back: "/manager" })))).toBe(NOT_FOUND);
    const unlock = form({ number: "999999", recordingId: "nope", intent: "replay" });
    expect(await answerOf(recordingAccessAction(initialFormState, unlock))).toBe(NOT_FOUND);
    const passphrase = form({ portalId: "nope", password: "x", passphrase: "a", passphraseRepeat: "a" });
    expect(await answerOf(setReplayPassphraseAction(initialFormState, passphrase))).toBe(NOT_FOUND);
  });

  it("sends a signed-out sender to the sign-in page before anything is read", async () => {
    signedIn(null);
    expect(await answerOf(closeSessionViewAction(form({ sessionId: "x" })))).toBe("redirect /manager");
    expect(await answerOf(createApiTokenAction(initialFormState, form({ name: "CRM" })))).toBe("redirect /manager");
    expect(await answerOf(reportFormAction(initialFormState, form({})))).toBe("redirect /manager");
  });
});
