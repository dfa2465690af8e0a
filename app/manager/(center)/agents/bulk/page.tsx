import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BulkForm } from "@/components/agents/BulkForm";
import { Tabs } from "@/components/shell/Tabs";
import { agentTeamOptions } from "@/lib/agents/list-agents";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { orNotFound } from "@/lib/errors/or-not-found";
import { startBulkEntryAction } from "../actions";

/** "Masseneingabe", reached by the "Hier klicken" link on "Mitarbeiter hinzufügen". */
export default async function BulkAgentsPage() {
  const actor = await requirePrincipal("manager");
  const options = await orNotFound(agentTeamOptions(actor));
  if (!options.mayAddDelete) notFound();
  const t = await getTranslations("Bulk");
  const agents = await getTranslations("Agents");
  return (
    <>
      <h1>{t("title")}</h1>
      <Tabs
        label={agents("title")}
        current="/manager/agents/bulk"
        tabs={[
          { href: "/manager/agents", label: agents("title") },
          { href: "/manager/agents/new", label: agents("add") },
          { href: "/manager/agents/bulk", label: t("title") },
        ]}
      />
      <p>{t("intro")}</p>
      <pre className="muted">{t("example")}</pre>
      <BulkForm action={startBulkEntryAction} />
    </>
  );
}

export async function generateMetadata() {
  const t = await getTranslations("Bulk");
  return { title: t("title") };
}
