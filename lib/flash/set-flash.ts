import "server-only";
import { cookies, headers } from "next/headers";
import { isSecureRequest } from "@/lib/auth/session-cookie";
import { encodeFlash, FLASH_COOKIE, FLASH_MAX_AGE_SECONDS, type Flash } from "./flash";
import type { ConsoleNoticeKey, NoticeKey } from "./notice-keys";

/**
 * Leaves a flash for the page the action redirects to next (decision record 16).
 *
 * Without JavaScript the browser follows the redirect with the cookie, and the proxy hands it to
 * that page and deletes it. A form sent by script (Next-Action header) gets the redirect target
 * rendered into the action's own response, from the request's cookies merged with the ones the
 * action set: that render reads the flash, so the browser is told to drop it at once (Max-Age=0)
 * and a reload cannot show it again.
 */
async function leaveFlash(flash: Flash): Promise<void> {
  const sentByScript = (await headers()).has("next-action");
  (await cookies()).set(FLASH_COOKIE, encodeFlash(flash), {
    httpOnly: true,
    sameSite: "lax",
    secure: await isSecureRequest(),
    path: "/",
    maxAge: sentByScript ? 0 : FLASH_MAX_AGE_SECONDS,
  });
}

/** A notice for the next page, e.g. `await flashNotice("agentsMoved", count); redirect("/manager/agents")`. */
export async function flashNotice(key: NoticeKey | ConsoleNoticeKey, count?: number): Promise<void> {
  await leaveFlash({ kind: "notice", key, count });
}

/** An error key (namespace Errors) for the next page: the agent console's refusals after a redirect. */
export async function flashError(key: string): Promise<void> {
  await leaveFlash({ kind: "error", key });
}

/**
 * A failed submit's answer: with JavaScript the page stays as it was, so a notice from an earlier
 * success would still stand above the new errors. Touching the cookie makes Next render the page
 * again into this response — without a flash, since the proxy passes none to a POST.
 */
export async function withoutNotice<T>(state: T): Promise<T> {
  (await cookies()).delete({ name: FLASH_COOKIE, path: "/" });
  return state;
}
