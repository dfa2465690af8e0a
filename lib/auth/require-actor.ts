import "server-only";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { type Actor, isSystemAdministrator } from "./principal";

/** Admin Center operations: the system administrator (or Lotse itself, e.g. the CLI). */
export function assertSystemAdministrator(actor: Actor): void {
  if (!isSystemAdministrator(actor)) throw new NotFoundError();
}
