import { useTranslations } from "next-intl";
import type { ResolvedFeature } from "@/lib/features/resolve-feature";

/** One cell of the feature matrix: on/off and what decided it ("why is X off for this agent?"). */
export function FeatureValue({ value }: { value: ResolvedFeature }) {
  const t = useTranslations("Portals.featureReasons");
  const availability = useTranslations("Availability");
  const d = value.decidedBy;
  const why =
    d.level === "notAvailable"
      ? availability("notYet")
      : d.level === "account"
        ? t("account")
        : d.level === "portal"
          ? t("portal")
          : d.source.kind === "agent"
            ? t("agent")
            : d.source.kind === "team"
              ? t(d.source.inherited ? "inheritedTeam" : "team", { team: d.source.teamName })
              : t("default");
  return (
    <span className={value.on ? "feature-on" : "feature-off"}>
      {value.on ? t("on") : t("off")}
      <span className="feature-reason"> – {why}</span>
    </span>
  );
}
