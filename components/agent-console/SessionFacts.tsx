import { getTranslations } from "next-intl/server";
import type { Fact } from "@/components/shell/FactList";
import {
  FactTime,
  MailLink,
  PreLine,
  SessionDetailsPanel,
  SessionNumber,
} from "@/components/session-information/SessionFactValues";

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
  // What the customer left empty on the portal page is left out.
  const told: Fact[] = (
    [
      [t("name"), customer.name],
      [t("email"), customer.email ? <MailLink email={customer.email} /> : ""],
      [t("phone"), customer.phone],
      [
        t("language"),
        customer.language === "de" || customer.language === "en" ? languages(customer.language) : customer.language,
      ],
      [t("problem"), customer.problem ? <PreLine>{customer.problem}</PreLine> : ""],
    ] as Fact[]
  ).filter(([, value]) => !!value);
  const facts: Fact[] = [
    [t("sessionId"), <SessionNumber key="n" number={number} />],
    [t("portal"), `${portalName} / ${subPortalName}`],
    [t("startedAt"), <FactTime key="s" date={startedAt} />],
    ...(endedAt ? [[t("endedAt"), <FactTime key="e" date={endedAt} />] as Fact] : []),
    ...told,
  ];
  return <SessionDetailsPanel heading={t("details")} facts={facts} />;
}
