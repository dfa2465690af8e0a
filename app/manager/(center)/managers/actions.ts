"use server";
import { z } from "zod";
import { isTeamManagerRight } from "@/lib/access/rights";
import { formAction, postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import {
  createApiManager,
  createTeamManager,
  deleteManagers,
  managerNames,
  updateTeamManager,
} from "@/lib/managers/managers";

const selectedManagers = z.object({ managerIds: formField.list(), returnTo: formField.text() });

/** "Ausgewählte Manager löschen" → the confirmation page with "OK". */
export const managerSelectionAction = postAction(
  { signedIn: "manager", fields: selectedManagers },
  async ({ actor, values: { managerIds, returnTo } }) => {
    // Server actions are public endpoints: only company managers get as far as the confirmation.
    await managerNames(actor, managerIds);
    const back = returnTo === "/manager/managers/api" ? "/manager/managers/api" : "/manager/managers";
    if (managerIds.length === 0) return { redirectTo: back, notice: "nothingSelected" };
    return { redirectTo: `/manager/managers/delete?${new URLSearchParams(managerIds.map((id) => ["id", id]))}` };
  },
);

export const deleteManagersAction = postAction(
  { signedIn: "manager", fields: selectedManagers },
  async ({ actor, values }) => {
    const count = await deleteManagers(actor, values.managerIds);
    return { redirectTo: "/manager/managers", notice: "managersDeleted", count };
  },
);

/** A team manager's form; teams and rights are checkbox lists (they come back comma-joined). */
const teamManagerFields = z.object({
  managerId: formField.text(),
  loginId: formField.text(),
  email: formField.text(),
  name: formField.text(),
  password: formField.text(),
  teamIds: formField.list(),
  rights: formField.list(),
});

function teamManagerOf({ managerId: _managerId, rights, ...manager }: z.output<typeof teamManagerFields>) {
  return { ...manager, rights: rights.filter(isTeamManagerRight) };
}

export const createTeamManagerAction = formAction(
  { signedIn: "manager", fields: teamManagerFields },
  async ({ actor, values }) => {
    await createTeamManager(actor, teamManagerOf(values));
    return { redirectTo: "/manager/managers", notice: "teamManagerCreated" };
  },
);

export const updateTeamManagerAction = formAction(
  { signedIn: "manager", fields: teamManagerFields },
  async ({ actor, values }) => {
    await updateTeamManager(actor, values.managerId, teamManagerOf(values));
    return { redirectTo: `/manager/managers/${values.managerId}`, notice: "saved" };
  },
);

export const createApiManagerAction = formAction(
  {
    signedIn: "manager",
    fields: z.object({
      loginId: formField.text(),
      email: formField.text(),
      name: formField.text(),
      password: formField.text(),
    }),
  },
  async ({ actor, values }) => {
    await createApiManager(actor, values);
    return { redirectTo: "/manager/managers/api", notice: "apiManagerCreated" };
  },
);
