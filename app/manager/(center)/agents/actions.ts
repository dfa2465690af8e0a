"use server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { updateAgent } from "@/lib/agents/agent-details";
import { agentFilterSchema } from "@/lib/agents/agent-filter";
import { agentListHref, parseAgentListParams } from "@/lib/agents/agent-list-params";
import { deleteAgentMatches, moveAgentMatches } from "@/lib/agents/agent-matches";
import { startBulkEntry } from "@/lib/agents/bulk-entry";
import { type BulkState, readBulkFile } from "@/lib/agents/bulk-input";
import { agentTeamOptions } from "@/lib/agents/list-agents";
import { deleteAgents, moveAgents } from "@/lib/agents/move-and-delete-agents";
import {
  addPendingAgent,
  createPendingAgents,
  listPendingAgents,
  removePendingAgents,
} from "@/lib/agents/pending-agents";
import { StaleSelectionError } from "@/lib/errors/domain-errors";
import { type FailedForm, formAction, postAction, type Redirect } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { PAGE_SIZES } from "@/lib/paging/paging";
import { functionChoice } from "@/lib/teams/team-input";

const AGENTS = "/manager/agents";

/** Ticked rows: at most a page of them — a longer list was not sent by the page. */
const agentIds = formField.list().pipe(z.array(z.string().min(1).max(100)).max(Math.max(...PAGE_SIZES)));

/** The list's address fields, so a button answers with the list as it was shown. */
const listFields = {
  q: formField.text(),
  team: formField.text(),
  sort: formField.text(),
  dir: formField.text(),
  page: formField.text(),
  size: formField.text(),
};

const selectionFields = z.object({
  ...listFields,
  intent: z.enum(["move", "delete", "selectPage", "clearPage"]),
  agentIds,
  matches: formField.checkbox(),
  targetTeamId: z.string().max(100).default(""),
});

/**
 * The list's buttons. "Alle auswählen" comes back to the page with every row ticked (without
 * JavaScript; with it the button ticks them in place). Moving and deleting lead to a confirmation
 * page (POST → redirect → GET): of the ticked rows, or — "Alle N Treffer auswählen" — of the list's
 * filter, which the confirmation page runs again within the actor's scope.
 */
export const agentSelectionAction = postAction(
  { signedIn: "manager", fields: selectionFields },
  async ({ actor, values }): Promise<Redirect> => {
    const { intent, agentIds: ids, matches: allMatches, targetTeamId } = values;
    // Server actions are public endpoints: refuse here already, not only on the confirmation page.
    const { mayAddDelete } = await agentTeamOptions(actor);
    const params = parseAgentListParams((name) => values[name]);
    const list = agentListHref(params);
    if (intent === "selectPage") return { redirectTo: agentListHref(params, { select: "page" }) };
    if (intent === "clearPage") return { redirectTo: list };
    if (intent === "delete" && !mayAddDelete) notFound();
    if (intent === "move" && !targetTeamId && (allMatches || ids.length > 0)) {
      return { redirectTo: list, notice: "noTargetTeam" };
    }
    if (allMatches) {
      // The filter as it was sent, strictly: a search cut short or a team dropped would widen it.
      const filter = agentFilterSchema.safeParse({ q: values.q, team: values.team });
      if (!filter.success) notFound();
      const query = new URLSearchParams({ q: filter.data.q, team: filter.data.team });
      if (intent === "move") query.set("to", targetTeamId);
      return { redirectTo: `${AGENTS}/matches/${intent}?${query}` };
    }
    if (ids.length === 0) return { redirectTo: list, notice: "nothingSelected" };
    const query = new URLSearchParams(ids.map((id) => ["id", id]));
    if (intent === "delete") return { redirectTo: `${AGENTS}/delete?${query}` };
    query.set("team", targetTeamId);
    return { redirectTo: `${AGENTS}/move?${query}` };
  },
);

export const moveAgentsAction = postAction(
  { signedIn: "manager", fields: z.object({ agentIds: formField.list(), targetTeamId: formField.text() }) },
  async ({ actor, values }) => {
    const count = await moveAgents(actor, values.agentIds, values.targetTeamId);
    return { redirectTo: AGENTS, notice: "agentsMoved", count };
  },
);

export const deleteAgentsAction = postAction(
  { signedIn: "manager", fields: z.object({ agentIds: formField.list() }) },
  async ({ actor, values }) => {
    const count = await deleteAgents(actor, values.agentIds);
    return { redirectTo: AGENTS, notice: "agentsDeleted", count };
  },
);

/** What the confirmation page of "all matches" fixed, as its hidden fields send it back. */
const confirmedMatchFields = z.object({
  q: formField.text(),
  team: formField.text(),
  count: formField.text(),
  fingerprint: formField.text(),
  to: formField.text(),
});

/**
 * Runs a confirmed "all matches" change. When the set changed since the confirmation page, nothing
 * is changed and it is shown again with the new count (decision record 13).
 */
async function onConfirmedMatches(
  purpose: "move" | "delete",
  { q, team, count, fingerprint, to }: z.output<typeof confirmedMatchFields>,
  change: (matches: {
    filter: { q: string; team: string };
    confirmed: { count: string; fingerprint: string };
  }) => Promise<number>,
): Promise<Redirect> {
  try {
    const changed = await change({ filter: { q, team }, confirmed: { count, fingerprint } });
    return { redirectTo: AGENTS, notice: purpose === "move" ? "agentsMoved" : "agentsDeleted", count: changed };
  } catch (error) {
    if (!(error instanceof StaleSelectionError)) throw error;
    const query = new URLSearchParams({ q, team, ...(purpose === "move" ? { to } : {}) });
    return { redirectTo: `${AGENTS}/matches/${purpose}?${query}`, notice: "selectionChanged" };
  }
}

/** OK on "Alle N Mitarbeiter nach … verschieben?" */
export const moveAgentMatchesAction = postAction(
  { signedIn: "manager", fields: confirmedMatchFields },
  async ({ actor, values }) =>
    onConfirmedMatches("move", values, (matches) => moveAgentMatches(actor, { ...matches, targetTeamId: values.to })),
);

/** OK on "Alle N Mitarbeiter löschen?" */
export const deleteAgentMatchesAction = postAction(
  { signedIn: "manager", fields: confirmedMatchFields },
  async ({ actor, values }) => onConfirmedMatches("delete", values, (matches) => deleteAgentMatches(actor, matches)),
);

/** "Zur Liste hinzufügen": the domain checks the agent (`newAgentSchema`). */
export const addPendingAgentAction = formAction(
  {
    signedIn: "manager",
    fields: z.object({
      loginId: formField.text(),
      firstName: formField.text(),
      lastName: formField.text(),
      screenName: formField.text(),
      email: formField.text(),
      password: formField.text(),
      teamId: formField.text(),
      customField: formField.text(),
    }),
  },
  async ({ actor, values }) => {
    await addPendingAgent(actor, values);
    // Keep the team for the next entry: agents are usually entered team by team.
    return { redirectTo: `${AGENTS}/new?team=${encodeURIComponent(values.teamId)}`, notice: "addedToList" };
  },
);

/** "Aus Liste entfernen" and "Mitarbeiter hinzufügen" on the pending list. */
export const pendingListAction = postAction(
  { signedIn: "manager", fields: z.object({ intent: formField.text(), pendingIds: formField.list() }) },
  async ({ actor, values }) => {
    if (values.intent === "create") {
      await listPendingAgents(actor);
      return { redirectTo: `${AGENTS}/new/confirm` };
    }
    await removePendingAgents(actor, values.pendingIds);
    return { redirectTo: `${AGENTS}/new`, notice: "removedFromList" };
  },
);

/** "Senden" on the confirmation: creates every pending agent, or none. */
export const createPendingAgentsAction = formAction(
  { signedIn: "manager", fields: z.object({}) },
  async ({ actor }) => {
    const count = await createPendingAgents(actor);
    return { redirectTo: AGENTS, notice: "agentsCreated", count };
  },
);

/**
 * Masseneingabe: the text area, or an uploaded CSV file in the same format. Bad lines come back in
 * the text area (a file's too): that is where they are corrected.
 */
export const startBulkEntryAction = formAction(
  {
    signedIn: "manager",
    fields: z.object({ bulkText: formField.text(), bulkFile: formField.file() }),
  },
  async ({ actor, values }): Promise<Redirect | FailedForm<BulkState>> => {
    const file = values.bulkFile;
    // As bytes, not file.text(): Excel writes Windows-1252 or UTF-16 as often as UTF-8.
    const input = file ? readBulkFile(new Uint8Array(await file.arrayBuffer())) : values.bulkText;
    const result = await startBulkEntry(actor, input, file ? "bulkFile" : "bulkText");
    if ("problems" in result) {
      const state: BulkState = {
        fieldErrors: { bulkText: "bulkHasProblems" },
        values: { bulkText: input },
        problems: result.problems,
      };
      return { failed: state };
    }
    return { redirectTo: `${AGENTS}/bulk/${result.bulkEntryId}` };
  },
);

const agentFields = z.object({
  agentId: formField.text(),
  loginId: formField.text(),
  firstName: formField.text(),
  lastName: formField.text(),
  screenName: formField.text(),
  email: formField.text(),
  customField: formField.text(),
  teamId: formField.text(),
  managementCenterAccess: formField.checkbox(),
  newPassword: formField.text(),
  maxSessions: formField.text(),
  function: z.partialRecord(z.enum(AGENT_FUNCTIONS), functionChoice).default({}),
});

export const updateAgentAction = formAction(
  { signedIn: "manager", fields: agentFields },
  async ({ actor, values: { agentId, function: functions, ...agent } }) => {
    await updateAgent(actor, agentId, { ...agent, functions });
    return { redirectTo: `${AGENTS}/${agentId}`, notice: "saved" };
  },
);
