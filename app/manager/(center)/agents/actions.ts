"use server";
import { notFound, redirect } from "next/navigation";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { updateAgent } from "@/lib/agents/agent-details";
import { startAgentImport } from "@/lib/agents/agent-import";
import { readBulkFile } from "@/lib/agents/bulk-input";
import { deleteAgents, moveAgents } from "@/lib/agents/move-and-delete-agents";
import { agentTeamOptions } from "@/lib/agents/list-agents";
import {
  addPendingAgent,
  createPendingAgents,
  listPendingAgents,
  removePendingAgents,
} from "@/lib/agents/pending-agents";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { type FormState, formStateFromError, submittedValues, text } from "@/lib/forms/form-state";

const ids = (formData: FormData, name = "agentIds") =>
  formData.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");

/** The list's buttons lead to a confirmation page (works without JavaScript: POST → redirect → GET). */
export async function agentSelectionAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  // Server actions are public endpoints: refuse here already, not only on the confirmation page.
  const { mayAddDelete } = await orNotFound(agentTeamOptions(actor));
  if (text(formData, "intent") === "delete" && !mayAddDelete) notFound();
  const selected = ids(formData);
  const back = text(formData, "returnTo").startsWith("/manager/agents")
    ? text(formData, "returnTo")
    : "/manager/agents";
  if (selected.length === 0) redirect(`${back}${back.includes("?") ? "&" : "?"}notice=nothingSelected`);
  const query = new URLSearchParams(selected.map((id) => ["id", id]));
  if (text(formData, "intent") === "delete") redirect(`/manager/agents/delete?${query}`);
  const target = text(formData, "targetTeamId");
  if (!target) redirect(`${back}${back.includes("?") ? "&" : "?"}notice=noTargetTeam`);
  query.set("team", target);
  redirect(`/manager/agents/move?${query}`);
}

export async function moveAgentsAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const count = await orNotFound(moveAgents(actor, ids(formData), text(formData, "targetTeamId")));
  redirect(`/manager/agents?notice=agentsMoved&count=${count}`);
}

export async function deleteAgentsAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const count = await orNotFound(deleteAgents(actor, ids(formData)));
  redirect(`/manager/agents?notice=agentsDeleted&count=${count}`);
}

/** "Zur Liste hinzufügen" */
export async function addPendingAgentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  try {
    await orNotFound(
      addPendingAgent(actor, {
        loginId: text(formData, "loginId"),
        firstName: text(formData, "firstName"),
        lastName: text(formData, "lastName"),
        screenName: text(formData, "screenName"),
        email: text(formData, "email"),
        password: text(formData, "password"),
        teamId: text(formData, "teamId"),
        customField: text(formData, "customField"),
      }),
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  // Keep the team for the next entry: agents are usually entered team by team.
  redirect(`/manager/agents/new?team=${encodeURIComponent(text(formData, "teamId"))}&notice=addedToList`);
}

/** "Aus Liste entfernen" and "Mitarbeiter hinzufügen" on the pending list. */
export async function pendingListAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  if (text(formData, "intent") === "create") {
    await orNotFound(listPendingAgents(actor));
    redirect("/manager/agents/new/confirm");
  }
  await orNotFound(removePendingAgents(actor, ids(formData, "pendingIds")));
  redirect("/manager/agents/new?notice=removedFromList");
}

/** "Senden" on the confirmation: creates every pending agent, or none. */
export async function createPendingAgentsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  let count: number;
  try {
    count = await orNotFound(createPendingAgents(actor));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  redirect(`/manager/agents?notice=agentsCreated&count=${count}`);
}

export type BulkState = FormState & { problems: { line: number; code: string; value?: string }[] };

/** Masseneingabe: the text area, or an uploaded CSV file in the same format. */
export async function startImportAction(_previous: BulkState, formData: FormData): Promise<BulkState> {
  const actor = await requirePrincipal("manager");
  const file = formData instanceof FormData ? formData.get("bulkFile") : null;
  const fromFile = file instanceof File && file.size > 0;
  let input = text(formData, "bulkText");
  let importId: string;
  try {
    // As bytes, not file.text(): Excel writes Windows-1252 or UTF-16 as often as UTF-8.
    if (fromFile) input = readBulkFile(new Uint8Array(await file.arrayBuffer()));
    const result = await orNotFound(startAgentImport(actor, input, fromFile ? "bulkFile" : "bulkText"));
    if ("problems" in result) return { fieldErrors: {}, values: { bulkText: input }, problems: result.problems };
    importId = result.importId;
  } catch (error) {
    return { ...formStateFromError(error, formData), values: { bulkText: input }, problems: [] };
  }
  redirect(`/manager/agents/bulk/${importId}`);
}

export async function updateAgentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const id = text(formData, "agentId");
  try {
    await orNotFound(
      updateAgent(actor, id, {
        loginId: text(formData, "loginId"),
        firstName: text(formData, "firstName"),
        lastName: text(formData, "lastName"),
        screenName: text(formData, "screenName"),
        email: text(formData, "email"),
        customField: text(formData, "customField"),
        teamId: text(formData, "teamId"),
        managementCenterAccess: formData.get("managementCenterAccess") === "on",
        newPassword: text(formData, "newPassword"),
        maxSessions: text(formData, "maxSessions"),
        functions: Object.fromEntries(
          AGENT_FUNCTIONS.map((fn) => [fn, text(formData, `function.${fn}`) || "inherit"]),
        ) as never,
      }),
    );
  } catch (error) {
    const state = formStateFromError(error, formData);
    return {
      ...state,
      values: {
        ...submittedValues(formData),
        managementCenterAccess: formData.get("managementCenterAccess") === "on" ? "on" : "off",
      },
    };
  }
  redirect(`/manager/agents/${id}?notice=saved`);
}
