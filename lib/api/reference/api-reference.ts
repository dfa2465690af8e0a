import "server-only";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { apiV1Document } from "../v1/openapi";
import { referenceModel } from "./reference-model";

/**
 * Who reads the API reference in the Management Center: API managers, who use the API, and company
 * managers, who decide whether to create API managers (Manager › API-Manager links here) and should
 * see what such a manager could do. Team managers and agents have nothing to do with the API. The
 * document itself is public at /api/v1/openapi.json; the page is a reading aid, not a secret.
 */
export function mayReadApiReference(actor: Principal): boolean {
  return (
    actor.kind === "manager" && (actor.managerRole === "api" || actor.managerRole === "company") && !actor.apiToken
  );
}

/** The /api/v1 reference for the page, generated from the document the API serves. */
export async function apiReference(actor: Principal) {
  if (!mayReadApiReference(actor)) throw new NotFoundError();
  return referenceModel(apiV1Document());
}
