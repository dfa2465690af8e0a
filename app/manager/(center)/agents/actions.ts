"use server";
import { notFound, redirect } from "next/navigation";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { updateAgent } from "@/lib/agents/agent-details";
import { startBulkEntry } from "@/lib/agents/bulk-entry";
import { type BulkState, readBulkFile } from "@/lib/agents/bulk-input";
import { agentFilterSchema } from "@/lib/agents/agent-filter";
import { agentListHref, parseAgentListParams } from "@/lib/agents/agent-list-params";
import { deleteAgentMatches, moveAgentMatches } from "@/lib/agents/agent-matches";
import { deleteAgents, moveAgents } from "@/lib/agents/move-and-delete-agents";
import { agentTeamOptions } from "@/lib/agents/list-agents";
import {
  addPendingAgent,
  createPendingAgents,
  listPendingAgents,
  removePendingAgents,
} from "@/lib/agents/pending-agents";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { StaleSelectionError } from "@/lib/errors/domain-errors";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice } from "@/lib/flash/set-flash";
import { failedForm, formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, submittedValues, text } from "@/lib/forms/form-state";
import { PAGE_SIZES } from "@/lib/paging/paging";
import { z } from "zod";

const ids = (formData: FormData, name = "agentIds") =>
  formData instanceof FormData
    ? formData.getAll(name).filter((v): v is string => typeof v === "string" && v !== "")
    : [];

const selectionSchema = z.object({
  intent: z.enum(["move", "delete", "selectPage", "clearPage"]),
  // At most a page of rows: a longer list was not sent by the page.
  agentIds: z.array(z.string().min(1).max(100)).max(Math.max(...PAGE_SIZES)),
  allMatches: z.boolean(),
  targetTeamId: z.string().max(100),
});

/**
 * The list's buttons. "Alle auswählen" comes back to the page with every row ticked (without
 * JavaScript; with it the button ticks them in place). Moving and deleting lead to a confirmation
 * page (POST → redirect → GET): of the ticked rows, or — "Alle N Treffer auswählen" — of the list's
 * filter, which the confirmation page runs again within the actor's scope.
 */
export async function agentSelectionAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const parsed = selectionSchema.safeParse({
    intent: text(formData, "intent"),
    agentIds: ids(formData),
    allMatches: text(formData, "matches") === "on",
    targetTeamId: text(formData, "targetTeamId"),
  });
  if (!parsed.success) notFound();
  const { intent, agentIds, allMatches, targetTeamId } = parsed.data;
  // Server actions are public endpoints: refuse here already, not only on the confirmation page.
  const { mayAddDelete } = await orNotFound(agentTeamOptions(actor));
  const list = parseAgentListParams((name) => text(formData, name));
  if (intent === "selectPage") redirect(agentListHref(list, { select: "page" }));
  if (intent === "clearPage") redirect(agentListHref(list));
  if (intent === "delete" && !mayAddDelete) notFound();
  if (intent === "move" && !targetTeamId && (allMatches || agentIds.length > 0)) {
    await flashNotice("noTargetTeam");
    redirect(agentListHref(list));
  }
  if (allMatches) {
    // The filter as it was sent, strictly: a search cut short or a team dropped would widen it.
    const filter = agentFilterSchema.safeParse({ q: text(formData, "q"), team: text(formData, "team") });
    if (!filter.success) notFound();
    const query = new URLSearchParams({ q: filter.data.q, team: filter.data.team });
    if (intent === "move") query.set("to", targetTeamId);
    redirect(`/manager/agents/matches/${intent}?${query}`);
  }
  if (agentIds.length === 0) {
    await flashNotice("nothingSelected");
    redirect(agentListHref(list));
  }
  const query = new URLSearchParams(agentIds.map((id) => ["id", id]));
  if (intent === "delete") redirect(`/manager/agents/delete?${query}`);
  query.set("team", targetTeamId);
  redirect(`/manager/agents/move?${query}`);
}

export async function moveAgentsAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const count = await orNotFound(moveAgents(actor, ids(formData), text(formData, "targetTeamId")));
  await flashNotice("agentsMoved", count);
  redirect("/manager/agents");
}

export async function deleteAgentsAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const count = await orNotFound(deleteAgents(actor, ids(formData)));
  await flashNotice("agentsDeleted", count);
  redirect("/manager/agents");
}

/** What the confirmation page of "all matches" fixed, as its hidden fields sent it back. */
function confirmedMatches(formData: FormData) {
  return {
    filter: { q: text(formData, "q"), team: text(formData, "team") },
    confirmed: { count: text(formData, "count"), fingerprint: text(formData, "fingerprint") },
  };
}

/** The set changed since the confirmation page: back to it, which shows the new count (decision record 13). */
async function backToConfirmation(purpose: "move" | "delete", formData: FormData): Promise<never> {
  const query = new URLSearchParams({ q: text(formData, "q"), team: text(formData, "team") });
  if (purpose === "move") query.set("to", text(formData, "to"));
  await flashNotice("selectionChanged");
  redirect(`/manager/agents/matches/${purpose}?${query}`);
}

/** OK on "Alle N Mitarbeiter nach … verschieben?" */
export async function moveAgentMatchesAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  let count: number;
  try {
    count = await orNotFound(
      moveAgentMatches(actor, { ...confirmedMatches(formData), targetTeamId: text(formData, "to") }),
    );
  } catch (error) {
    if (error instanceof StaleSelectionError) await backToConfirmation("move", formData);
    throw error;
  }
  await flashNotice("agentsMoved", count);
  redirect("/manager/agents");
}

/** OK on "Alle N Mitarbeiter löschen?" */
export async function deleteAgentMatchesAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  let count: number;
  try {
    count = await orNotFound(deleteAgentMatches(actor, confirmedMatches(formData)));
  } catch (error) {
    if (error instanceof StaleSelectionError) await backToConfirmation("delete", formData);
    throw error;
  }
  await flashNotice("agentsDeleted", count);
  redirect("/manager/agents");
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
  await flashNotice("addedToList");
  redirect(`/manager/agents/new?team=${encodeURIComponent(text(formData, "teamId"))}`);
}

/** "Aus Liste entfernen" and "Mitarbeiter hinzufügen" on the pending list. */
export async function pendingListAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  if (text(formData, "intent") === "create") {
    await orNotFound(listPendingAgents(actor));
    redirect("/manager/agents/new/confirm");
  }
  await orNotFound(removePendingAgents(actor, ids(formData, "pendingIds")));
  await flashNotice("removedFromList");
  redirect("/manager/agents/new");
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
  await flashNotice("agentsCreated", count);
  redirect("/manager/agents");
}

/** Masseneingabe: the text area, or an uploaded CSV file in the same format. */
export async function startBulkEntryAction(_previous: BulkState, formData: FormData): Promise<BulkState> {
  const actor = await requirePrincipal("manager");
  const file = formData instanceof FormData ? formData.get("bulkFile") : null;
  const fromFile = file instanceof File && file.size > 0;
  let input = text(formData, "bulkText");
  let bulkEntryId: string;
  try {
    // As bytes, not file.text(): Excel writes Windows-1252 or UTF-16 as often as UTF-8.
    if (fromFile) input = readBulkFile(new Uint8Array(await file.arrayBuffer()));
    const result = await orNotFound(startBulkEntry(actor, input, fromFile ? "bulkFile" : "bulkText"));
    if ("problems" in result)
      return failedForm({
        // The lines come back in the text area (a file's too): that is where they are corrected.
        fieldErrors: { bulkText: "bulkHasProblems" },
        values: { bulkText: input },
        problems: result.problems,
      });
    bulkEntryId = result.bulkEntryId;
  } catch (error) {
    return { ...(await formStateFromError(error, formData)), values: { bulkText: input }, problems: [] };
  }
  redirect(`/manager/agents/bulk/${bulkEntryId}`);
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
    const state = await formStateFromError(error, formData);
    return {
      ...state,
      values: {
        ...submittedValues(formData),
        managementCenterAccess: formData.get("managementCenterAccess") === "on" ? "on" : "off",
      },
    };
  }
  await flashNotice("saved");
  redirect(`/manager/agents/${id}`);
}
