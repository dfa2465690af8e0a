"use server";
import { redirect } from "next/navigation";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice } from "@/lib/flash/set-flash";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";
import type { TeamSettingsInput } from "@/lib/teams/team-input";
import { checkNewTeamName, createTeam, deleteTeam, updateTeam } from "@/lib/teams/teams";
import { setTeamPortals } from "@/lib/portals/team-portals";

function teamSettingsFrom(formData: FormData): TeamSettingsInput {
  return {
    name: text(formData, "name"),
    parentId: text(formData, "parentId"),
    availableLogins: text(formData, "availableLogins"),
    greeting: text(formData, "greeting"),
    cannedMessages: text(formData, "cannedMessages"),
    cannedUrls: text(formData, "cannedUrls"),
    maxSessions: text(formData, "maxSessions"),
    functions: Object.fromEntries(AGENT_FUNCTIONS.map((fn) => [fn, text(formData, `function.${fn}`) || "inherit"])),
  } as TeamSettingsInput;
}

/** Step 1 of "Team hinzufügen" / "Teilteam hinzufügen": the name under the tree. */
export async function startNewTeamAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const parentId = text(formData, "parentId") || null;
  let name: string;
  try {
    name = await orNotFound(checkNewTeamName(actor, { name: text(formData, "name"), parentId }));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  const query = new URLSearchParams({ name, ...(parentId ? { parent: parentId } : {}) });
  redirect(`/manager/teams/new?${query}`);
}

/** Step 2: the "Team hinzufügen" tab with all settings. */
export async function createTeamAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  let id: string;
  try {
    ({ id } = await orNotFound(createTeam(actor, teamSettingsFrom(formData))));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("teamCreated");
  redirect(`/manager/teams/${id}`);
}

export async function updateTeamAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const id = text(formData, "teamId");
  try {
    await orNotFound(updateTeam(actor, id, teamSettingsFrom(formData)));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("saved");
  redirect(`/manager/teams/${id}`);
}

export async function deleteTeamAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(deleteTeam(actor, text(formData, "teamId")));
  await flashNotice("teamDeleted");
  redirect("/manager/teams");
}

/** Teams → [team] → Portal → "Einstellungen speichern". */
export async function setTeamPortalsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const id = text(formData, "teamId");
  const subPortalIds = formData.getAll("subPortalIds").filter((v): v is string => typeof v === "string");
  try {
    await orNotFound(setTeamPortals(actor, id, subPortalIds));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("saved");
  redirect(`/manager/teams/${id}/portal`);
}
