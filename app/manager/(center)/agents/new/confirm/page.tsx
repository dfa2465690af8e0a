import { getTranslations } from "next-intl/server";
import { CreatePendingForm } from "@/components/agents/CreatePendingForm";
import { listPendingAgents } from "@/lib/agents/pending-agents";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { createPendingAgentsAction } from "../../actions";

/** "Bestätigen Sie dies, und klicken Sie auf Senden." */
export default async function ConfirmNewAgentsPage() {
  const actor = await requirePrincipal("manager");
  const pending = await orNotFound(listPendingAgents(actor));
  const t = await getTranslations("Agents");
  return (
    <>
      <h1>{t("add")}</h1>
      <p>{t("confirmCreate", { count: pending.length })}</p>
      <ul className="problems">
        {pending.map((p) => (
          <li key={p.id}>
            {p.firstName} {p.lastName} ({p.loginId}) — {p.teamPath}
          </li>
        ))}
      </ul>
      <CreatePendingForm action={createPendingAgentsAction} />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Agents");
  return { title: (await getTranslations("PageTitles"))("confirmation", { page: t("add") }) };
}
