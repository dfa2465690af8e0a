"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { cancelRequest, signOutAgent, signOutManager } from "@/lib/dashboard/dashboard-actions";
import { addMonitor, closeMonitor, reactivateMonitor, updateMonitorSettings } from "@/lib/dashboard/monitors";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice } from "@/lib/flash/set-flash";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, text } from "@/lib/forms/form-state";

// Every id arrives as a form field and is user input: the domain finds the monitor, agent or request
// among those this manager may act on, or answers "not found".

const DASHBOARD = "/manager/dashboard";

/** "Einen Monitor hinzufügen": the chosen kind with its default name, at the end of the dashboard. */
export async function addMonitorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const kinds = await getTranslations("Dashboard.kinds");
  let id: string;
  try {
    id = await orNotFound(addMonitor(actor, text(formData, "kind"), (kind) => kinds(kind)));
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("monitorAdded");
  redirect(`${DASHBOARD}#monitor-${id}`);
}

export async function saveMonitorSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const id = text(formData, "monitorId");
  try {
    await orNotFound(
      updateMonitorSettings(actor, id, {
        name: text(formData, "name"),
        sortOrder: text(formData, "sortOrder"),
        shared: formData.get("shared") === "on",
        teamIds: formData.getAll("teamIds").map(String),
        portalIds: formData.getAll("portalIds").map(String),
        agentIds: formData.getAll("agentIds").map(String),
      }),
    );
  } catch (error) {
    const state = await formStateFromError(error, formData);
    // Lists of checkboxes come back whole (one value per line), not just their last box.
    const list = (field: string) => formData.getAll(field).map(String).join("\n");
    return {
      ...state,
      values: { ...state.values, teamIds: list("teamIds"), portalIds: list("portalIds"), agentIds: list("agentIds") },
    };
  }
  await flashNotice("monitorSaved");
  redirect(`${DASHBOARD}#monitor-${id}`);
}

/** "Schließen" */
export async function closeMonitorAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(closeMonitor(actor, text(formData, "monitorId")));
  await flashNotice("monitorRemoved");
  redirect(DASHBOARD);
}

export async function reactivateMonitorAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const id = text(formData, "monitorId");
  await orNotFound(reactivateMonitor(actor, id));
  await flashNotice("monitorReactivated");
  redirect(`${DASHBOARD}#monitor-${id}`);
}

/** "Abmelden" of an agent, confirmed on its own page (running sessions end with it). */
export async function signOutAgentAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const signedOut = await orNotFound(signOutAgent(actor, text(formData, "agentId"), text(formData, "console")));
  await flashNotice(signedOut ? "agentSignedOutByManager" : "agentAlreadyLeft");
  redirect(DASHBOARD);
}

/** "Anfrage abbrechen", confirmed on its own page. */
export async function cancelRequestAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const cancelled = await orNotFound(cancelRequest(actor, text(formData, "requestId")));
  await flashNotice(cancelled ? "requestCancelled" : "requestNoLongerWaiting");
  redirect(DASHBOARD);
}

/** "Abmelden" of another manager (company managers), confirmed on its own page. */
export async function signOutManagerAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  await orNotFound(signOutManager(actor, text(formData, "userId")));
  await flashNotice("managerSignedOut");
  redirect(DASHBOARD);
}
