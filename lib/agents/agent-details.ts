import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { changedFields, pick } from "@/lib/audit/changed-fields";
import { writeAudit } from "@/lib/audit/write-audit";
import { hasRight, managementScope, managesTeam } from "@/lib/access/management-scope";
import { AGENT_FUNCTIONS, MAX_SESSIONS_LIMIT, parseFunctionSettings } from "@/lib/agent-functions/catalog";
import { resolveAllAgentFunctions, resolveMaxSessions, resolveSessionLimit } from "@/lib/agent-functions/resolve";
import { hashPassword } from "@/lib/auth/password";
import type { Principal } from "@/lib/auth/principal";
import { endSessionsOfUser } from "@/lib/auth/session";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { teamLevels } from "@/lib/teams/teams";
import { choiceOf, functionChoice, settingsFromChoices } from "@/lib/teams/team-input";
import { emailField, fieldErrorsOf, loginIdField, newPasswordField } from "@/lib/validation/fields";
import { enqueueEmail } from "@/lib/mail/outbox";
import { emailChangeNoticeIfChanged } from "@/lib/users/email-change-notice";
import { agentSearchText } from "./agent-input";
import { loginConflict } from "./login-availability";

async function loadManagedAgent(actor: Principal, id: string) {
  const scope = await managementScope(actor);
  const agent = await db.agentProfile.findUnique({ where: { userId: id }, include: { user: true } });
  if (!agent || !managesTeam(scope, agent.teamId)) throw new NotFoundError("agent");
  return { scope, agent };
}

/** An agent's settings page: fields, what the actor may change, and every function's effective value. */
export async function getAgent(actor: Principal, id: string) {
  const { scope, agent } = await loadManagedAgent(actor, id);
  const chain = await teamLevels(scope.forest, agent.teamId);
  const overrides = parseFunctionSettings(agent.functions);
  return {
    id,
    loginId: agent.user.loginId,
    email: agent.user.email,
    firstName: agent.firstName,
    lastName: agent.lastName,
    screenName: agent.screenName,
    customField: agent.customField,
    teamId: agent.teamId,
    teamPath: agent.teamId ? scope.forest.path(agent.teamId) : null,
    managementCenterAccess: agent.managementCenterAccess,
    mustChangePassword: agent.user.mustChangePassword,
    /** False when the login is deactivated (setAgentActive, e.g. by an identity provider over SCIM). */
    active: !agent.user.disabled,
    externalId: agent.user.externalId,
    overrides,
    maxSessions: agent.maxSessions,
    effective: resolveAllAgentFunctions(overrides, chain),
    sessionLimit: resolveSessionLimit(overrides, agent.maxSessions, chain),
    inheritedMaxSessions: resolveMaxSessions(null, chain),
    may: {
      editNameLogin: hasRight(scope, "editAgentNameLogin"),
      editPassword: hasRight(scope, "editAgentPassword"),
    },
  };
}

const updateSchema = z.object({
  loginId: loginIdField,
  firstName: z.string().trim().min(1, "firstNameRequired").max(100, "tooLong"),
  lastName: z.string().trim().min(1, "lastNameRequired").max(100, "tooLong"),
  screenName: z.string().trim().min(1, "screenNameRequired").max(100, "tooLong"),
  email: emailField,
  customField: z.string().trim().max(200, "tooLong"),
  /** "" keeps an agent without a team (as "Team löschen" or SCIM left them) where they are. */
  teamId: z.string(),
  managementCenterAccess: z.boolean(),
  newPassword: z.union([z.literal(""), newPasswordField]),
  functions: z.partialRecord(z.enum(AGENT_FUNCTIONS), functionChoice).default({}),
  maxSessions: z
    .string()
    .trim()
    .refine(
      (v) => v === "" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_SESSIONS_LIMIT),
      "maxSessionsInvalid",
    )
    .transform((v) => (v === "" ? null : Number(v))),
});

export type AgentUpdateInput = z.input<typeof updateSchema>;

export type AgentDetails = Awaited<ReturnType<typeof getAgent>>;

/**
 * The "Einstellungen speichern" input of an agent as they are now, with `changes` laid over it:
 * how programs (the API's PATCH, SCIM) change some fields and keep the rest. Function choices are
 * merged one by one; a new password only when given.
 */
export function agentUpdateInputOf(
  agent: AgentDetails,
  { functions, ...changes }: Partial<AgentUpdateInput> = {},
): AgentUpdateInput {
  return {
    loginId: agent.loginId,
    email: agent.email,
    firstName: agent.firstName,
    lastName: agent.lastName,
    screenName: agent.screenName,
    customField: agent.customField,
    // An agent without a team stays without one (only a company-wide scope may keep them there).
    teamId: agent.teamId ?? "",
    managementCenterAccess: agent.managementCenterAccess,
    maxSessions: agent.maxSessions === null ? "" : String(agent.maxSessions),
    newPassword: "",
    ...changes,
    functions: {
      ...Object.fromEntries(AGENT_FUNCTIONS.map((fn) => [fn, choiceOf(agent.overrides, fn)])),
      ...functions,
    },
  };
}

/**
 * "Einstellungen speichern" on an agent. Name and login need the "edit agent name/login" right, a
 * new password or e-mail address the "edit agent password" right (the old address is told); a new password must be changed at next sign-in and,
 * like a new login or lost Management Center access, ends the agent's sessions.
 */
/** What only programs set on an agent: an identity provider's identifier (SCIM's externalId); undefined keeps it. */
/** An agent's own fields whose change its audit entry names (with the login ID and e-mail address). */
const AUDITED_AGENT_FIELDS = [
  "firstName",
  "lastName",
  "screenName",
  "customField",
  "teamId",
  "managementCenterAccess",
  "functions",
  "maxSessions",
] as const;

export type AgentProvisioning = { externalId?: string | null };

export async function updateAgent(
  actor: Principal,
  id: string,
  input: AgentUpdateInput,
  provisioning: AgentProvisioning = {},
) {
  const { scope, agent } = await loadManagedAgent(actor, id);
  const parsed = updateSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const v = parsed.data;
  const renames =
    v.loginId !== agent.user.loginId ||
    v.firstName !== agent.firstName ||
    v.lastName !== agent.lastName ||
    v.screenName !== agent.screenName;
  if (renames && !hasRight(scope, "editAgentNameLogin")) throw new NotFoundError("agent");
  // Whoever sets the e-mail address receives the password reset links: the same right as the password.
  const emailChanged = v.email !== agent.user.email;
  if ((v.newPassword || emailChanged) && !hasRight(scope, "editAgentPassword")) throw new NotFoundError("agent");
  const keepsNoTeam = v.teamId === "" && agent.teamId === null;
  if (!keepsNoTeam && (!managesTeam(scope, v.teamId) || !scope.forest.get(v.teamId)))
    throw new ValidationError({ teamId: "teamRequired" });
  const teamId = keepsNoTeam ? null : v.teamId;
  if (v.loginId !== agent.user.loginId) {
    const conflict = await loginConflict(v.loginId);
    if (conflict) throw new ValidationError({ loginId: conflict });
  }
  const passwordHash = v.newPassword ? await hashPassword(v.newPassword) : undefined;
  const functions = JSON.stringify(settingsFromChoices(v.functions, parseFunctionSettings(agent.functions)));
  const name = `${agent.firstName} ${agent.lastName}`.trim();
  const notice = await emailChangeNoticeIfChanged({ ...agent.user, name }, v.email, actor.loginId);
  await inTransaction(async (tx) => {
    if (notice) await enqueueEmail(tx, notice);
    await tx.user.update({
      where: { id },
      data: {
        loginId: v.loginId,
        email: v.email,
        ...provisioning,
        ...(passwordHash ? { passwordHash, passwordChangedAt: new Date(), mustChangePassword: true } : {}),
        agent: {
          update: {
            firstName: v.firstName,
            lastName: v.lastName,
            screenName: v.screenName,
            customField: v.customField,
            teamId,
            managementCenterAccess: v.managementCenterAccess,
            functions,
            maxSessions: v.maxSessions,
            searchText: agentSearchText(v),
          },
        },
      },
    });
    const lostAccess = agent.managementCenterAccess && !v.managementCenterAccess;
    if (passwordHash || v.loginId !== agent.user.loginId || lostAccess) await endSessionsOfUser(tx, id);
    const changed = changedFields(
      { loginId: agent.user.loginId, email: agent.user.email, ...pick(agent, AUDITED_AGENT_FIELDS) },
      { loginId: v.loginId, email: v.email, ...pick({ ...v, teamId, functions }, AUDITED_AGENT_FIELDS) },
    );
    await writeAudit(tx, {
      actor,
      action: "agent.updated",
      targetType: "user",
      targetId: id,
      summary: {
        ...changed,
        ...(provisioning.externalId !== undefined && provisioning.externalId !== agent.user.externalId
          ? { externalId: { from: agent.user.externalId, to: provisioning.externalId } }
          : {}),
        ...(passwordHash ? { password: "reset" } : {}),
      },
    });
  });
}
