import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./domain-errors";

/** For pages and actions: a domain "not found" (missing or not the actor's) becomes a 404. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
