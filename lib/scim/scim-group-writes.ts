import "server-only";
import { z } from "zod";
import { parse } from "scim2-parse-filter";
import { checkIfMatch } from "@/lib/api/etag";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import type { Principal } from "@/lib/auth/principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { choiceOf } from "@/lib/teams/team-input";
import { createTeam, deleteTeam, getTeam, updateTeam } from "@/lib/teams/teams";
import { matches } from "./scim-list";
import { normaliseOps, rootAttribute } from "./scim-patch-ops";
import { findScimGroup, type ScimGroup } from "./scim-group";
import { GROUP_SCHEMA } from "./scim-schemas";
import { inScimTerms } from "./scim-terms";
import { withoutVersion } from "./scim-version";

const memberList = z.array(z.looseObject({ value: z.string().min(1).max(100) })).max(5000);

/** A Group as POST and PUT send it. */
export const scimGroupBody = z.looseObject({
  displayName: z.string().max(100, "tooLong"),
  externalId: z.string().max(200, "tooLong").nullish(),
  members: memberList.nullish(),
});
export type ScimGroupBody = z.output<typeof scimGroupBody>;

/** A new top-level team with the defaults of "Team hinzufügen". */
const NEW_TEAM = {
  parentId: null,
  availableLogins: "",
  greeting: "",
  cannedMessages: "",
  cannedUrls: "",
  functions: {},
  maxSessions: "",
};

/**
 * A member named that the token may not move (or that does not exist) is the request's fault: the
 * whole change is refused, and nothing of it written.
 */
async function inMemberTerms<T>(memberIds: string[] | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (memberIds && error instanceof NotFoundError) throw new ValidationError({ members: "scimUnknownMember" });
    throw error;
  }
}

/**
 * POST /Groups: "Team hinzufügen" at the top level with its members moved in — an agent is in one
 * team, so joining a group leaves the previous one. All in one transaction.
 */
export async function createScimGroup(actor: Principal, body: ScimGroupBody): Promise<ScimGroup> {
  const memberIds = body.members?.length ? body.members.map((m) => m.value) : undefined;
  const team = await inMemberTerms(memberIds, () =>
    inScimTerms(() =>
      createTeam(actor, { ...NEW_TEAM, name: body.displayName }, { externalId: body.externalId ?? null, memberIds }),
    ),
  );
  return findScimGroup(actor, team.id);
}

/**
 * Renames the team, sets its externalId and its members through "Einstellungen speichern" with
 * everything else kept, in one transaction. Members no longer listed leave it for "no team" (where
 * "Team löschen" leaves agents too); undefined members stay as they are.
 */
async function saveTeam(
  actor: Principal,
  id: string,
  { name, externalId, memberIds }: { name: string; externalId?: string | null; memberIds?: string[] },
) {
  const { team } = await getTeam(actor, id);
  const unchanged = name === team.name && (externalId === undefined || externalId === team.externalId);
  if (unchanged && !memberIds) return;
  await inMemberTerms(memberIds, () =>
    inScimTerms(() =>
      updateTeam(
        actor,
        id,
        {
          name,
          parentId: team.parentId ?? "",
          availableLogins: team.availableLogins?.toString() ?? "",
          greeting: team.greeting,
          cannedMessages: team.cannedMessages,
          cannedUrls: team.cannedUrls,
          functions: Object.fromEntries(AGENT_FUNCTIONS.map((fn) => [fn, choiceOf(team.functions, fn)])),
          maxSessions: team.maxSessions?.toString() ?? "",
        },
        { ...(externalId === undefined ? {} : { externalId }), memberIds },
      ),
    ),
  );
}

/** PUT /Groups/{id}. Members left out keep their team (only a given list replaces the members). */
export async function replaceScimGroup(actor: Principal, id: string, body: ScimGroupBody, ifMatch: string | null) {
  const current = await findScimGroup(actor, id);
  checkIfMatch(ifMatch, withoutVersion(current));
  await saveTeam(actor, id, {
    name: body.displayName,
    externalId: body.externalId,
    memberIds: body.members?.map((m) => m.value),
  });
  return findScimGroup(actor, id);
}

function memberIds(value: unknown, index: number): string[] {
  const parsed = memberList.safeParse(Array.isArray(value) ? value : [value]);
  if (!parsed.success) throw new ValidationError({ [`Operations.${index}.value`]: "scimInvalidValue" });
  return parsed.data.map((m) => m.value);
}

/** The members a `members[value eq "…"]` path selects. */
function selectedMembers(path: string, members: { value: string; display: string }[], index: number) {
  const inner = /^members\[(.*)\]$/is.exec(path)?.[1];
  if (inner === undefined) throw new ValidationError({ [`Operations.${index}.path`]: "scimInvalidPath" });
  try {
    const test = matches(parse(inner));
    return members.filter((member) => test(member)).map((member) => member.value);
  } catch {
    throw new ValidationError({ [`Operations.${index}.path`]: "scimInvalidFilter" });
  }
}

/**
 * PATCH /Groups/{id} as Entra ID and Okta send it: members added (`path: "members"`), removed
 * (`members[value eq "…"]`, or `members` with a value list), replaced; displayName and externalId
 * replaced. The operations are applied in order to the group's state, then saved once.
 */
export async function patchScimGroup(
  actor: Principal,
  id: string,
  operations: { op: string; path?: string; value?: unknown }[],
  ifMatch: string | null,
) {
  const current = await findScimGroup(actor, id);
  checkIfMatch(ifMatch, withoutVersion(current));
  const currentMembers = current.members ?? [];
  const members = new Set(currentMembers.map((m) => m.value));
  let name = current.displayName;
  let externalId: string | null | undefined;
  normaliseOps(operations, GROUP_SCHEMA).forEach(({ op, path = "", value }, index) => {
    const attribute = rootAttribute(path);
    if (attribute === "members") {
      if (op === "remove") {
        const named = path.includes("[")
          ? selectedMembers(path, currentMembers, index)
          : value === undefined
            ? [...members]
            : memberIds(value, index);
        named.forEach((member) => members.delete(member));
        return;
      }
      if (path.includes("[")) throw new ValidationError({ [`Operations.${index}.path`]: "scimInvalidPath" });
      if (op === "replace") members.clear();
      memberIds(value, index).forEach((member) => members.add(member));
    } else if (attribute === "displayname") {
      if (op === "remove" || typeof value !== "string")
        throw new ValidationError({ [`Operations.${index}.value`]: "scimInvalidValue" });
      name = value;
    } else if (attribute === "externalid") {
      externalId = op === "remove" ? null : typeof value === "string" ? value : null;
    } else if (attribute === "id" && op === "replace" && value === id) {
      // Okta repeats the group's id in a path-less replace: the same id changes nothing.
    } else if (["id", "meta", "schemas"].includes(attribute)) {
      throw new ValidationError({ [`Operations.${index}`]: "scimMutability" });
    } else {
      throw new ValidationError({ [`Operations.${index}.path`]: "scimInvalidPath" });
    }
  });
  const membersChanged =
    members.size !== currentMembers.length || currentMembers.some((member) => !members.has(member.value));
  await saveTeam(actor, id, { name, externalId, memberIds: membersChanged ? [...members] : undefined });
  return findScimGroup(actor, id);
}

/** DELETE /Groups/{id}: "Team löschen" — its agents stay, without a team. */
export async function deleteScimGroup(actor: Principal, id: string) {
  await deleteTeam(actor, id);
}
