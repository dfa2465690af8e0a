import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FeatureMatrix } from "@/components/portals/FeatureMatrix";
import { PortalHeader } from "@/components/portals/PortalHeader";
import { Pagination } from "@/components/shell/Pagination";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { publicUrl } from "@/lib/config/env";
import { orNotFound } from "@/lib/errors/or-not-found";
import { firstParam, type SearchParams } from "@/lib/forms/page-props";
import { DEFAULT_PAGE_SIZE, parsePageNumber, parsePageSize } from "@/lib/paging/paging";
import { getPortal } from "@/lib/portals/get-portal";
import { listPortalAgents } from "@/lib/portals/portal-agents";
import { portalPageTitle } from "../portal-page-title";

/**
 * "Zeigen Sie Mitarbeiter an, die diesem Portal zugewiesen sind": the teams per sub-portal (with
 * links to assign teams) and the agents reaching the portal, with every feature's value and reason.
 */
export default async function PortalAgentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const actor = await requirePrincipal("manager");
  const { id } = await params;
  const query = await searchParams;
  const sub = firstParam(query.sub) ?? "";
  const subPortalId = sub && sub.length <= 100 ? sub : undefined;
  const page = parsePageNumber(firstParam(query.page));
  const size = parsePageSize(firstParam(query.size));
  const [{ portal }, result] = await Promise.all([
    orNotFound(getPortal(actor, id)),
    orNotFound(listPortalAgents(actor, id, { subPortalId, page, size })),
  ]);
  const t = await getTranslations("Portals");
  return (
    <>
      <PortalHeader portal={portal} current="agents" publicUrl={publicUrl()} />
      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading">{t("teamsPerSubPortal")}</h2>
        <dl className="facts">
          {result.subPortals.map((sub) => (
            <div key={sub.id} className="contents">
              <dt>{sub.name}</dt>
              <dd>
                {sub.teams.length === 0
                  ? t("noTeams")
                  : sub.teams.map((team, i) => (
                      <span key={team.id}>
                        {i > 0 ? ", " : null}
                        <Link href={`/manager/teams/${team.id}/portal`}>{team.path}</Link>
                      </span>
                    ))}
              </dd>
            </div>
          ))}
        </dl>
        <p className="muted">
          {t("assignTeamsHelp")} <Link href="/manager/teams">{t("assignTeams")}</Link>
        </p>
      </section>
      <form method="get" className="toolbar">
        <div className="field">
          <label htmlFor="sub" className="field-label">
            {t("subPortal")}
          </label>
          <select id="sub" name="sub" defaultValue={subPortalId ?? ""} className="input">
            <option value="">{t("allSubPortals")}</option>
            {result.subPortals.map((sub) => (
              <option key={sub.id} value={sub.id}>
                {sub.name}
              </option>
            ))}
          </select>
        </div>
        {result.size === DEFAULT_PAGE_SIZE ? null : <input type="hidden" name="size" value={result.size} />}
        <button type="submit" className="button button-secondary">
          {t("show")}
        </button>
      </form>
      <p role="status">{t("agentCount", { count: result.total })}</p>
      {result.agents.length > 0 ? (
        <FeatureMatrix
          caption={t("matrixCaption", { portal: portal.name })}
          rowHeader={t("agent")}
          rows={result.agents.map((a) => ({
            key: a.id,
            header: <Link href={`/manager/agents/${a.id}`}>{a.name}</Link>,
            detail: `${a.screenName} · ${a.teamPath}`,
            features: a.features,
          }))}
        />
      ) : null}
      <Pagination
        path={`/manager/portals/${id}/agents`}
        keep={{ sub: subPortalId ?? "" }}
        page={result.page}
        pages={result.pageCount}
        size={result.size}
        total={result.total}
      />
    </>
  );
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return portalPageTitle(params, (await getTranslations("PageTitles"))("portalAgents"));
}
