import "server-only";
import { getWaitingRequest } from "@/lib/support-requests/get-waiting-request";
import type { Participant } from "./participant";

/**
 * The customer behind `/p/<portal>/requests/<token>/…`: the token is their key, and — as on the
 * waiting page — the portal in the URL must be the request's and still exist; else not found.
 */
export async function customerParticipant(portalSlug: string, token: string): Promise<Participant> {
  await getWaitingRequest(portalSlug, token);
  return { kind: "customer", token };
}
