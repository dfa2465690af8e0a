"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { AUTO_REFRESH_COOKIE } from "@/components/live/auto-refresh";
import { postAction } from "@/lib/forms/form-action";
import { formField } from "@/lib/forms/form-fields";
import { safeLocalPath } from "@/lib/http/safe-local-path";

/**
 * "Automatisch aktualisieren aus-/einschalten" on the live pages without JavaScript: a preference of
 * this browser (WCAG 2.2.1 — a reload every few seconds must be something one can turn off).
 */
export const autoRefreshAction = postAction(
  { signedIn: "anyone", fields: z.object({ autoRefresh: formField.text(), back: formField.text() }) },
  async ({ values }) => {
    (await cookies()).set(AUTO_REFRESH_COOKIE, values.autoRefresh === "on" ? "on" : "off", {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      maxAge: 365 * 24 * 3600,
    });
    return { redirectTo: safeLocalPath(values.back, "/") };
  },
);
