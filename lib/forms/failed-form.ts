import "server-only";
import { headers } from "next/headers";
import { withoutNotice } from "@/lib/flash/set-flash";
import type { FormState } from "./form-state";

/**
 * Requests whose form came back with errors, known by the request's headers object: Next keeps one
 * per request, and without JavaScript the page that answers a form's POST is rendered in the same
 * request, right after the action. The root layout reads it to put "Fehler: " before the page's
 * title (decision record 15). A WeakSet, so a finished request leaves nothing behind.
 */
const failedRequests = new WeakSet<object>();

/**
 * Answers with a form's errors: remembers for this request's page title that the form failed, and
 * drops a success notice left from an earlier submit (it would stand above the new errors).
 */
export async function failedForm<S extends FormState>(state: S): Promise<S> {
  const request = await thisRequest();
  if (!request) return state;
  failedRequests.add(request);
  return withoutNotice(state);
}

/** The request being answered; none when an action runs outside one (a test calls it): no page, no title. */
async function thisRequest(): Promise<object | null> {
  try {
    return await headers();
  } catch {
    return null;
  }
}

/** Whether a form answered in this request came back with errors. */
export async function formFailedInThisRequest(): Promise<boolean> {
  const request = await thisRequest();
  return request !== null && failedRequests.has(request);
}
