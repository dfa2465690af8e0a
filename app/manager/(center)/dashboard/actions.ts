"use server";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { cancelRequest, signOutAgent, signOutManager } from "@/lib/dashboard/dashboard-actions";
import { addMonitor, closeMonitor, reactivateMonitor, updateMonitorSettings } from "@/lib/dashboard/monitors";
import { formAction, postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";

// Every id arrives as a form field and is user input: the domain finds the monitor, agent or request
// among those this manager may act on, or answers "not found".

const DASHBOARD = "/manager/dashboard";
const monitorAt = (id: string) => `${DASHBOARD}#monitor-${id}`;

/** "Einen Monitor hinzufügen": the chosen kind with its default name, at the end of the dashboard. */
export const addMonitorAction = formAction(
  { signedIn: "manager", fields: z.object({ kind: formField.text() }) },
  async ({ actor, values }) => {
    const kinds = await getTranslations("Dashboard.kinds");
    const id = await addMonitor(actor, values.kind, (kind) => kinds(kind));
    return { redirectTo: monitorAt(id), notice: "monitorAdded" };
  },
);

/** A monitor's settings; its teams, portals and agents are checkbox lists (they come back comma-joined). */
const monitorSettingsFields = z.object({
  monitorId: formField.text(),
  name: formField.text(),
  sortOrder: formField.text(),
  shared: formField.checkbox(),
  teamIds: formField.list(),
  portalIds: formField.list(),
  agentIds: formField.list(),
});

export const saveMonitorSettingsAction = formAction(
  { signedIn: "manager", fields: monitorSettingsFields },
  async ({ actor, values: { monitorId, ...settings } }) => {
    await updateMonitorSettings(actor, monitorId, settings);
    return { redirectTo: monitorAt(monitorId), notice: "monitorSaved" };
  },
);

const monitorIdField = z.object({ monitorId: formField.text() });

/** "Schließen" */
export const closeMonitorAction = postAction(
  { signedIn: "manager", fields: monitorIdField },
  async ({ actor, values }) => {
    await closeMonitor(actor, values.monitorId);
    return { redirectTo: DASHBOARD, notice: "monitorRemoved" };
  },
);

export const reactivateMonitorAction = postAction(
  { signedIn: "manager", fields: monitorIdField },
  async ({ actor, values }) => {
    await reactivateMonitor(actor, values.monitorId);
    return { redirectTo: monitorAt(values.monitorId), notice: "monitorReactivated" };
  },
);

/** "Abmelden" of an agent, confirmed on its own page (running sessions end with it). */
export const signOutAgentAction = postAction(
  { signedIn: "manager", fields: z.object({ agentId: formField.text(), console: formField.text() }) },
  async ({ actor, values }) => {
    const signedOut = await signOutAgent(actor, values.agentId, values.console);
    return { redirectTo: DASHBOARD, notice: signedOut ? "agentSignedOutByManager" : "agentAlreadyLeft" };
  },
);

/** "Anfrage abbrechen", confirmed on its own page. */
export const cancelRequestAction = postAction(
  { signedIn: "manager", fields: z.object({ requestId: formField.text() }) },
  async ({ actor, values }) => {
    const cancelled = await cancelRequest(actor, values.requestId);
    return { redirectTo: DASHBOARD, notice: cancelled ? "requestCancelled" : "requestNoLongerWaiting" };
  },
);

/** "Abmelden" of another manager (company managers), confirmed on its own page. */
export const signOutManagerAction = postAction(
  { signedIn: "manager", fields: z.object({ userId: formField.text() }) },
  async ({ actor, values }) => {
    await signOutManager(actor, values.userId);
    return { redirectTo: DASHBOARD, notice: "managerSignedOut" };
  },
);
