import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Principal } from "@/lib/auth/principal";
import type { KeyFigures } from "@/lib/dashboard/key-figures";
import { monitorI18n } from "@/lib/dashboard/monitor-i18n";
import { durationFormatter } from "./Duration";

/** The Startseite's counters of what is going on now, with the way to the Dashboard. */
export async function KeyFiguresPanel({ viewer, figures, now }: { viewer: Principal; figures: KeyFigures; now: Date }) {
  const t = await getTranslations("Home.figures");
  const duration = durationFormatter(monitorI18n(viewer));
  const format = await getFormatter();
  const n = (value: number) => format.number(value);
  return (
    <section aria-labelledby="key-figures" className="card stack">
      <h2 id="key-figures">{t("heading")}</h2>
      <dl className="key-figures">
        <div>
          <dt>{t("agentsOnline")}</dt>
          <dd>{n(figures.agentsOnline)}</dd>
        </div>
        <div>
          <dt>{t("agentsAvailable")}</dt>
          <dd>{n(figures.agentsAvailable)}</dd>
        </div>
        <div>
          <dt>{t("agentsInSession")}</dt>
          <dd>{n(figures.agentsInSession)}</dd>
        </div>
        <div>
          <dt>{t("requestsWaiting")}</dt>
          <dd>{n(figures.requestsWaiting)}</dd>
        </div>
        <div>
          <dt>{t("longestWait")}</dt>
          <dd>{figures.oldestWaitingSince ? duration(figures.oldestWaitingSince, now) : t("none")}</dd>
        </div>
        <div>
          <dt>{t("sessionsRunning")}</dt>
          <dd>{n(figures.sessionsRunning)}</dd>
        </div>
        <div>
          <dt>{t("portalsClosed")}</dt>
          <dd>{t("portalsClosedValue", { closed: figures.portalsClosed, total: figures.portals })}</dd>
        </div>
      </dl>
      <p>
        <Link href="/manager/dashboard">{t("toDashboard")}</Link>
      </p>
    </section>
  );
}
