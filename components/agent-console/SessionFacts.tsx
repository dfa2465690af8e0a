import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";

type SessionFactsProps = {
  number: string;
  portalName: string;
  subPortalName: string;
  startedAt: Date;
  endedAt: Date | null;
  customer: { name: string; email: string; phone: string; problem: string; language: string };
};

/** The session ID and what the customer told on the portal page. */
export async function SessionFacts({
  number,
  portalName,
  subPortalName,
  startedAt,
  endedAt,
  customer,
}: SessionFactsProps) {
  const t = await getTranslations("AgentConsole.session");
  const languages = await getTranslations("LanguageSwitch");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const rows: [string, ReactNode][] = [
    [
      t("sessionId"),
      <strong key="n" className="session-number">
        {number}
      </strong>,
    ],
    [t("portal"), `${portalName} / ${subPortalName}`],
    [
      t("startedAt"),
      <time key="s" dateTime={startedAt.toISOString()}>
        {when(startedAt)}
      </time>,
    ],
    ...(endedAt
      ? [
          [
            t("endedAt"),
            <time key="e" dateTime={endedAt.toISOString()}>
              {when(endedAt)}
            </time>,
          ] as [string, ReactNode],
        ]
      : []),
    ...(
      [
        [t("name"), customer.name],
        [
          t("email"),
          customer.email ? (
            <a key="m" href={`mailto:${customer.email}`}>
              {customer.email}
            </a>
          ) : (
            ""
          ),
        ],
        [t("phone"), customer.phone],
        [
          t("language"),
          customer.language === "de" || customer.language === "en" ? languages(customer.language) : customer.language,
        ],
        [
          t("problem"),
          customer.problem ? (
            <span key="p" className="pre-line">
              {customer.problem}
            </span>
          ) : (
            ""
          ),
        ],
      ] as [string, ReactNode][]
    ).filter(([, value]) => !!value),
  ];
  return (
    <section aria-labelledby="details-heading" className="console-panel">
      <h2 id="details-heading">{t("details")}</h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <Row key={label} label={label} value={value} />
        ))}
      </dl>
    </section>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
