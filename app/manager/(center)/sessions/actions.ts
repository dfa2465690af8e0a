"use server";
import { z } from "zod";
import { postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { safeLocalPath } from "@/lib/http/safe-local-path";
import { closeSessionView } from "@/lib/session-viewing/session-view";
import { SESSION_VIEW_BACK } from "@/lib/session-viewing/view-paths";

/** Schließen in the Sitzungseinsicht: the view ends (audit log), and the manager goes back where they came from. */
export const closeSessionViewAction = postAction(
  { signedIn: "manager", fields: z.object({ sessionId: formField.text(), back: formField.text() }) },
  async ({ actor, values }) => {
    await closeSessionView(actor, values.sessionId);
    return { redirectTo: safeLocalPath(values.back, SESSION_VIEW_BACK) };
  },
);
