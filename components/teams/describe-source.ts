import type { FunctionSource } from "@/lib/agent-functions/resolve";

/** A translator of the "Functions" namespace, for the keys used here. */
type Translate = (
  key: "sourceAgent" | "sourceParentTeam" | "sourceTeam" | "sourceDefault",
  values?: Record<string, string>,
) => string;

/** "from team Support", "set for this agent", "default": why a function has its value. */
export function describeSource(t: Translate, source: FunctionSource): string {
  switch (source.kind) {
    case "agent":
      return t("sourceAgent");
    case "team":
      return t(source.inherited ? "sourceParentTeam" : "sourceTeam", { team: source.teamName });
    default:
      return t("sourceDefault");
  }
}
