"use server";
import { redirect } from "next/navigation";
import { isTeamManagerRight } from "@/lib/access/rights";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { flashNotice } from "@/lib/flash/set-flash";
import { formStateFromError } from "@/lib/forms/failed-form";
import { type FormState, submittedValues, text } from "@/lib/forms/form-state";
import {
  createApiManager,
  createTeamManager,
  deleteManagers,
  managerNames,
  updateTeamManager,
} from "@/lib/managers/managers";

const all = (formData: FormData, name: string) =>
  formData.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");

function teamManagerFrom(formData: FormData) {
  return {
    loginId: text(formData, "loginId"),
    email: text(formData, "email"),
    name: text(formData, "name"),
    password: text(formData, "password"),
    teamIds: all(formData, "teamIds"),
    rights: all(formData, "rights").filter(isTeamManagerRight),
  };
}

/** Multi-value fields (teams, rights) come back as comma-joined values so the form can re-check them. */
function stateWithLists(state: FormState, formData: FormData): FormState {
  return {
    ...state,
    values: {
      ...submittedValues(formData),
      teamIds: all(formData, "teamIds").join(","),
      rights: all(formData, "rights").join(","),
    },
  };
}

/** "Ausgewählte Manager löschen" → the confirmation page with "OK". */
export async function managerSelectionAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const ids = all(formData, "managerIds");
  // Server actions are public endpoints: only company managers get as far as the confirmation.
  await orNotFound(managerNames(actor, ids));
  const back = text(formData, "returnTo") === "/manager/managers/api" ? "/manager/managers/api" : "/manager/managers";
  if (ids.length === 0) {
    await flashNotice("nothingSelected");
    redirect(back);
  }
  redirect(`/manager/managers/delete?${new URLSearchParams(ids.map((id) => ["id", id]))}`);
}

export async function deleteManagersAction(formData: FormData): Promise<void> {
  const actor = await requirePrincipal("manager");
  const count = await orNotFound(deleteManagers(actor, all(formData, "managerIds")));
  await flashNotice("managersDeleted", count);
  redirect("/manager/managers");
}

export async function createTeamManagerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  try {
    await orNotFound(createTeamManager(actor, teamManagerFrom(formData)));
  } catch (error) {
    return stateWithLists(await formStateFromError(error, formData), formData);
  }
  await flashNotice("teamManagerCreated");
  redirect("/manager/managers");
}

export async function updateTeamManagerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  const id = text(formData, "managerId");
  try {
    await orNotFound(updateTeamManager(actor, id, teamManagerFrom(formData)));
  } catch (error) {
    return stateWithLists(await formStateFromError(error, formData), formData);
  }
  await flashNotice("saved");
  redirect(`/manager/managers/${id}`);
}

export async function createApiManagerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePrincipal("manager");
  try {
    await orNotFound(
      createApiManager(actor, {
        loginId: text(formData, "loginId"),
        email: text(formData, "email"),
        name: text(formData, "name"),
        password: text(formData, "password"),
      }),
    );
  } catch (error) {
    return formStateFromError(error, formData);
  }
  await flashNotice("apiManagerCreated");
  redirect("/manager/managers/api");
}
