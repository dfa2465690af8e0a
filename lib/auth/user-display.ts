type UserWithProfiles = {
  loginId: string;
  manager: { name: string } | null;
  agent: { firstName: string; lastName: string } | null;
};

export function displayNameOf(user: UserWithProfiles): string {
  if (user.manager) return user.manager.name;
  if (user.agent) return `${user.agent.firstName} ${user.agent.lastName}`.trim();
  return user.loginId;
}

/**
 * Which realms a user may open a session in: the agent console is for agents; agents reach the
 * Management Center only if granted.
 */
export function mayEnterRealm(
  user: { kind: string; disabled: boolean; agent: { managementCenterAccess: boolean } | null },
  realm: "manager" | "admin" | "agent",
): boolean {
  if (user.disabled) return false;
  if (realm === "admin") return user.kind === "admin";
  if (realm === "agent") return user.kind === "agent";
  if (user.kind === "manager") return true;
  return user.kind === "agent" && user.agent?.managementCenterAccess === true;
}
