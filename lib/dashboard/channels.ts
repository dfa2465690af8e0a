/** Bus channel for changes to the monitors themselves (added, changed, removed, reactivated). */
export const DASHBOARD_CHANNEL = "dashboard";
/** Managers signing in to and out of the Management Center (the Manager monitor). */
export const MANAGER_PRESENCE_CHANNEL = "managers";
