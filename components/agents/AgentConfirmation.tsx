import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** The "… > OK" step of moving or deleting agents: the selection, listed, with OK and Cancel. */
export function AgentConfirmation({
  question,
  agents,
  action,
  hidden,
  danger,
}: {
  question: ReactNode;
  agents: { id: string; name: string; loginId: string; teamPath: string | null }[];
  action: (formData: FormData) => Promise<void>;
  hidden?: Record<string, string>;
  danger?: boolean;
}) {
  const t = useTranslations("Agents");
  return (
    <>
      <p>{question}</p>
      <ul className="problems">
        {agents.map((a) => (
          <li key={a.id}>
            {a.name} ({a.loginId}) — {a.teamPath ?? t("noTeam")}
          </li>
        ))}
      </ul>
      <form action={action} className="actions mt-4">
        {agents.map((a) => (
          <input key={a.id} type="hidden" name="agentIds" value={a.id} />
        ))}
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <SubmitButton variant={danger ? "danger" : "primary"}>{t("ok")}</SubmitButton>
        <Link href="/manager/agents">{t("cancel")}</Link>
      </form>
    </>
  );
}
