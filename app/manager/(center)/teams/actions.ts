"use server";
import { z } from "zod";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { formAction, postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { functionChoice } from "@/lib/teams/team-input";
import { checkNewTeamName, createTeam, deleteTeam, updateTeam } from "@/lib/teams/teams";
import { setTeamPortals } from "@/lib/portals/team-portals";

/** The "Team hinzufügen" tab and a team's settings: the domain checks the values (`teamSettingsSchema`). */
const teamSettingsFields = z.object({
  teamId: formField.text(),
  name: formField.text(),
  parentId: formField.text(),
  availableLogins: formField.text(),
  greeting: formField.text(),
  cannedMessages: formField.text(),
  cannedUrls: formField.text(),
  maxSessions: formField.text(),
  function: z.partialRecord(z.enum(AGENT_FUNCTIONS), functionChoice).default({}),
});

function teamSettingsOf({ teamId: _teamId, function: functions, ...settings }: z.output<typeof teamSettingsFields>) {
  return { ...settings, functions };
}

/** Step 1 of "Team hinzufügen" / "Teilteam hinzufügen": the name under the tree. */
export const startNewTeamAction = formAction(
  { signedIn: "manager", fields: z.object({ name: formField.text(), parentId: formField.text() }) },
  async ({ actor, values }) => {
    const parentId = values.parentId || null;
    const name = await checkNewTeamName(actor, { name: values.name, parentId });
    const query = new URLSearchParams({ name, ...(parentId ? { parent: parentId } : {}) });
    return { redirectTo: `/manager/teams/new?${query}` };
  },
);

/** Step 2: the "Team hinzufügen" tab with all settings. */
export const createTeamAction = formAction(
  { signedIn: "manager", fields: teamSettingsFields },
  async ({ actor, values }) => {
    const { id } = await createTeam(actor, teamSettingsOf(values));
    return { redirectTo: `/manager/teams/${id}`, notice: "teamCreated" };
  },
);

export const updateTeamAction = formAction(
  { signedIn: "manager", fields: teamSettingsFields },
  async ({ actor, values }) => {
    await updateTeam(actor, values.teamId, teamSettingsOf(values));
    return { redirectTo: `/manager/teams/${values.teamId}`, notice: "saved" };
  },
);

export const deleteTeamAction = postAction(
  { signedIn: "manager", fields: z.object({ teamId: formField.text() }) },
  async ({ actor, values }) => {
    await deleteTeam(actor, values.teamId);
    return { redirectTo: "/manager/teams", notice: "teamDeleted" };
  },
);

/** Teams → [team] → Portal → "Einstellungen speichern". */
export const setTeamPortalsAction = formAction(
  { signedIn: "manager", fields: z.object({ teamId: formField.text(), subPortalIds: formField.list() }) },
  async ({ actor, values }) => {
    await setTeamPortals(actor, values.teamId, values.subPortalIds);
    return { redirectTo: `/manager/teams/${values.teamId}/portal`, notice: "saved" };
  },
);
