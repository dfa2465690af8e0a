import { getFormatter, getTranslations } from "next-intl/server";
import type { PortalType } from "@/lib/portals/portal-types";
import { RequestArrivals } from "./RequestArrivals";

export type WaitingRequestItem = {
  id: number;
  portalName: string;
  subPortalName: string;
  portalType: PortalType;
  customerName: string;
  problem: string;
  createdAt: Date;
  forMe: boolean;
};

const PROBLEM_PREVIEW = 400;

/**
 * The requests the agent may take, oldest first, each with Annehmen and Ablehnen. A new request and
 * the count are announced in the console's live region when the live list changes.
 */
export async function WaitingRequests({
  requests,
  away,
  atSessionLimit,
  respondAction,
}: {
  requests: WaitingRequestItem[];
  away: boolean;
  atSessionLimit: boolean;
  /** Annehmen / Ablehnen: reads `requestId` and `intent` from its form. */
  respondAction: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations("AgentConsole.requests");
  const format = await getFormatter();
  const count = t("count", { count: requests.length });
  return (
    <section aria-labelledby="requests-heading" className="console-panel">
      <h2 id="requests-heading">{t("heading")}</h2>
      <p className="requests-count">{count}</p>
      <RequestArrivals
        countText={count}
        requests={requests.map((r) => ({
          id: r.id,
          announcement: t("arrived", { name: r.customerName || t("noName"), portal: r.portalName }),
        }))}
      />
      {away ? <p className="muted">{t("awayHint")}</p> : null}
      {atSessionLimit ? <p className="muted">{t("atSessionLimit")}</p> : null}
      {requests.length > 0 ? (
        <ul className="request-list">
          {requests.map((r) => {
            const titleId = `request-${r.id}`;
            const problem = r.problem.length > PROBLEM_PREVIEW ? `${r.problem.slice(0, PROBLEM_PREVIEW)} …` : r.problem;
            return (
              <li key={r.id} className={`request-item${r.forMe ? " request-for-me" : ""}`}>
                <h3 id={titleId} className="request-title">
                  {r.customerName || t("noName")}
                  {r.forMe ? <span className="badge">{t("forYou")}</span> : null}
                </h3>
                <dl className="facts request-facts">
                  <dt>{t("portal")}</dt>
                  <dd>
                    {r.portalName} / {r.subPortalName}
                  </dd>
                  <dt>{t("waitingSince")}</dt>
                  <dd>
                    <time dateTime={r.createdAt.toISOString()}>
                      {format.dateTime(r.createdAt, { timeStyle: "short" })}
                    </time>
                  </dd>
                  {problem ? (
                    <>
                      <dt>{t("problem")}</dt>
                      <dd className="pre-line">{problem}</dd>
                    </>
                  ) : null}
                </dl>
                <form action={respondAction} className="actions">
                  <input type="hidden" name="requestId" value={r.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="accept"
                    className="button button-primary"
                    aria-describedby={titleId}
                  >
                    {t("accept")}
                  </button>
                  <button
                    type="submit"
                    name="intent"
                    value="decline"
                    className="button button-secondary"
                    aria-describedby={titleId}
                  >
                    {t("decline")}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
