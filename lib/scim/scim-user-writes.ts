import "server-only";
import { z } from "zod";
import { scimPatch, ScimError, type ScimPatchOperation } from "scim-patch";
import { checkIfMatch } from "@/lib/api/etag";
import { agentUpdateInputOf, getAgent, updateAgent } from "@/lib/agents/agent-details";
import { deleteAgents } from "@/lib/agents/move-and-delete-agents";
import { provisionAgents } from "@/lib/agents/provision-agents";
import { setAgentActive } from "@/lib/agents/set-agent-active";
import type { Principal } from "@/lib/auth/principal";
import { ValidationError } from "@/lib/errors/domain-errors";
import { normaliseOps, rootAttribute } from "./scim-patch-ops";
import { USER_SCHEMA } from "./scim-schemas";
import { inScimTerms, scimBoolean } from "./scim-terms";
import { findScimUser, type ScimUser } from "./scim-user";
import { withoutVersion } from "./scim-version";
import { zodFieldErrors } from "./scim-zod";
import type { ApiFieldKey } from "@/lib/errors/error-key";

const text = (max: number) => z.string().max(max, "tooLong");
const bool = z.preprocess(scimBoolean, z.boolean());

/** A User as POST and PUT send it; attributes Lotse does not keep (phone numbers, roles …) pass unread. */
export const scimUserBody = z.looseObject({
  userName: text(254),
  externalId: text(200).nullish(),
  name: z
    .looseObject({ givenName: text(100).nullish(), familyName: text(100).nullish(), formatted: text(200).nullish() })
    .nullish(),
  displayName: text(100).nullish(),
  emails: z
    .array(z.looseObject({ value: text(254), type: z.string().nullish(), primary: bool.optional() }))
    .max(20)
    .nullish(),
  active: bool.optional(),
  password: text(200).optional(),
});
export type ScimUserBody = z.output<typeof scimUserBody>;

/** The address to send mail to: the primary one, else the work one, else the first. */
function emailOf(emails: ScimUserBody["emails"]): string | undefined {
  if (!emails || emails.length === 0) return undefined;
  return (emails.find((e) => e.primary) ?? emails.find((e) => e.type === "work") ?? emails[0]!).value;
}

/**
 * POST /Users. The agent starts without a team — identity providers create users first and place
 * them with group memberships afterwards (decision record 28) — and without a password unless one
 * is sent: they set their own with "Passwort vergessen".
 */
export async function createScimUser(actor: Principal, body: ScimUserBody): Promise<ScimUser> {
  const [id] = await inScimTerms(() =>
    provisionAgents(
      actor,
      [
        {
          loginId: body.userName,
          firstName: body.name?.givenName ?? "",
          lastName: body.name?.familyName ?? "",
          screenName: body.displayName ?? "",
          email: emailOf(body.emails) ?? "",
          ...(body.password ? { password: body.password } : {}),
          teamId: null,
          customField: "",
          externalId: body.externalId ?? null,
        },
      ],
      "scim",
    ),
  );
  if (body.active === false) await setAgentActive(actor, id!, false);
  return findScimUser(actor, id!);
}

/**
 * Makes the agent what a replaced or patched User says, through the Management Center's own
 * "Einstellungen speichern" (everything SCIM does not carry keeps its value) and setAgentActive.
 * Attributes left out keep their values: an agent cannot be without a name or login.
 */
async function applyScimUser(actor: Principal, current: ScimUser, desired: ScimUserBody) {
  const agent = await getAgent(actor, current.id);
  const next = {
    loginId: desired.userName,
    firstName: desired.name?.givenName ?? agent.firstName,
    lastName: desired.name?.familyName ?? agent.lastName,
    screenName: desired.displayName ?? agent.screenName,
    email: emailOf(desired.emails) ?? agent.email,
  };
  const externalId = desired.externalId;
  const changed =
    next.loginId.trim().toLowerCase() !== agent.loginId ||
    next.firstName !== agent.firstName ||
    next.lastName !== agent.lastName ||
    next.screenName !== agent.screenName ||
    next.email !== agent.email ||
    !!desired.password ||
    (externalId !== undefined && externalId !== (current.externalId ?? null));
  if (changed) {
    await inScimTerms(() =>
      updateAgent(
        actor,
        current.id,
        agentUpdateInputOf(agent, { ...next, newPassword: desired.password ?? "" }),
        externalId === undefined ? {} : { externalId },
      ),
    );
  }
  if (desired.active !== undefined && desired.active !== current.active)
    await setAgentActive(actor, current.id, desired.active);
  return findScimUser(actor, current.id);
}

/** PUT /Users/{id}. */
export async function replaceScimUser(actor: Principal, id: string, body: ScimUserBody, ifMatch: string | null) {
  const current = await findScimUser(actor, id);
  checkIfMatch(ifMatch, withoutVersion(current));
  if (body.id !== undefined && body.id !== id) throw new ValidationError({ id: "scimMutability" });
  return applyScimUser(actor, current, body);
}

const READ_ONLY = new Set(["id", "meta", "groups", "schemas"]);
/** What scim-patch's failures are in RFC 7644's terms. */
const CODE_OF_SCIM_TYPE: Record<string, ApiFieldKey> = {
  noTarget: "scimNoTarget",
  invalidPath: "scimInvalidPath",
  invalidSyntax: "scimInvalidSyntax",
};

/** PATCH /Users/{id}: the operations applied to the current User, then saved like a PUT. */
export async function patchScimUser(
  actor: Principal,
  id: string,
  operations: { op: string; path?: string; value?: unknown }[],
  ifMatch: string | null,
) {
  const current = await findScimUser(actor, id);
  checkIfMatch(ifMatch, withoutVersion(current));
  const ops = normaliseOps(operations, USER_SCHEMA).filter(
    // Okta repeats the id in a path-less replace; the same id changes nothing.
    (op) => !(op.path?.toLowerCase() === "id" && op.op === "replace" && op.value === id),
  );
  ops.forEach((op, index) => {
    if (READ_ONLY.has(rootAttribute(op.path ?? "")))
      throw new ValidationError({ [`Operations.${index}`]: "scimMutability" });
  });
  let patched: Record<string, unknown>;
  try {
    // scim-patch's resource type wants Dates in meta; meta is read-only and not read back.
    const resource = { ...current, meta: { ...current.meta, created: new Date(), lastModified: new Date() } };
    patched = scimPatch(resource, ops as ScimPatchOperation[], { mutateDocument: false });
  } catch (error) {
    if (!(error instanceof ScimError)) throw error;
    throw new ValidationError({ Operations: CODE_OF_SCIM_TYPE[error.scimCode ?? ""] ?? "scimInvalidValue" });
  }
  const desired = scimUserBody.safeParse({ ...patched, externalId: patched.externalId ?? null });
  if (!desired.success) throw new ValidationError(zodFieldErrors(desired.error));
  return applyScimUser(actor, current, desired.data);
}

/** DELETE /Users/{id}: "Gewählte Mitarbeiter löschen" for one agent. */
export async function deleteScimUser(actor: Principal, id: string) {
  await deleteAgents(actor, [id]);
}
