import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { agentPortalFeatures } from "@/lib/portals/agent-portal-features";
import { FeatureMatrix } from "./FeatureMatrix";

/** On an agent's page: per portal the agent reaches, each feature's effective value and why. */
export async function AgentFeatureSection({
  portals,
  teamId,
}: {
  portals: Awaited<ReturnType<typeof agentPortalFeatures>>;
  teamId: string | null;
}) {
  const t = await getTranslations("Portals");
  return (
    <section aria-labelledby="agent-features" className="card">
      <h2 id="agent-features">{t("agentFeatures")}</h2>
      <p className="muted">{t("agentFeaturesHelp")}</p>
      {portals.length === 0 ? (
        <p>
          {t("agentReachesNoPortal")}{" "}
          {teamId ? <Link href={`/manager/teams/${teamId}/portal`}>{t("teamPortalLink")}</Link> : null}
        </p>
      ) : (
        <FeatureMatrix
          caption={t("agentMatrixCaption")}
          rowHeader={t("portal")}
          rows={portals.map((p) => ({
            key: p.portalId,
            header: p.portalName,
            detail: p.subPortals.join(", "),
            features: p.features,
          }))}
        />
      )}
    </section>
  );
}
