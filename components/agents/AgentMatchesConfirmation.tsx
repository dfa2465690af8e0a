import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";

type Matches = {
  count: number;
  fingerprint: string;
  filter: { q: string; team: string; teamPath: string | null };
  preview: { id: string; name: string; loginId: string; teamPath: string | null }[];
};

/**
 * The "… > OK" step for every match of the Agents page's filter: the filter, how many agents it
 * matches now, the first few of them, and OK. The form sends the filter back with the count and
 * fingerprint shown here, so OK changes exactly these agents or nothing (decision record 13).
 */
export function AgentMatchesConfirmation({
  question,
  matches,
  action,
  hidden,
  danger,
}: {
  question: ReactNode;
  matches: Matches;
  action: (formData: FormData) => Promise<void>;
  hidden?: Record<string, string>;
  danger?: boolean;
}) {
  const t = useTranslations("Agents");
  const { filter, preview, count } = matches;
  const back = `/manager/agents?${new URLSearchParams(
    Object.entries({ q: filter.q, team: filter.team }).filter(([, value]) => value !== ""),
  )}`;
  return (
    <>
      <p>{t("matchesIntro")}</p>
      <dl className="facts">
        <dt>{t("matchesSearch")}</dt>
        <dd>{filter.q.trim() || t("matchesAnySearch")}</dd>
        <dt>{t("team")}</dt>
        <dd>{filter.team === "none" ? t("noTeam") : (filter.teamPath ?? t("allTeams"))}</dd>
      </dl>
      {count === 0 ? (
        <>
          <p>{t("matchesNone")}</p>
          <p>
            <Link href={back}>{t("backToList")}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{question}</p>
          <ul className="problems">
            {preview.map((a) => (
              <li key={a.id}>
                {a.name} ({a.loginId}) — {a.teamPath ?? t("noTeam")}
              </li>
            ))}
          </ul>
          {count > preview.length ? <p>{t("matchesMore", { count: count - preview.length })}</p> : null}
          <form action={action} className="actions mt-4">
            {Object.entries({
              q: filter.q,
              team: filter.team,
              ...hidden,
              count: String(count),
              fingerprint: matches.fingerprint,
            }).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <SubmitButton variant={danger ? "danger" : "primary"}>{t("ok")}</SubmitButton>
            <Link href={back}>{t("cancel")}</Link>
          </form>
        </>
      )}
    </>
  );
}
