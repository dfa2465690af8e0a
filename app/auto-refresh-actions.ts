"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AUTO_REFRESH_COOKIE } from "@/components/live/auto-refresh";
import { text } from "@/lib/forms/form-state";
import { safeLocalPath } from "@/lib/http/safe-local-path";

/**
 * "Automatisch aktualisieren aus-/einschalten" on the live pages without JavaScript: a preference of
 * this browser (WCAG 2.2.1 — a reload every few seconds must be something one can turn off).
 */
export async function autoRefreshAction(formData: FormData): Promise<void> {
  const on = text(formData, "autoRefresh") === "on";
  (await cookies()).set(AUTO_REFRESH_COOKIE, on ? "on" : "off", {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: 365 * 24 * 3600,
  });
  redirect(safeLocalPath(text(formData, "back"), "/"));
}
