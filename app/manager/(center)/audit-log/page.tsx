import { getTranslations } from "next-intl/server";
import { AuditLogPage } from "@/components/audit/AuditLogPage";
import { auditFromAddress } from "@/lib/audit/audit-from-address";
import { addressFormTitle, addressKey } from "@/lib/forms/address-form";
import type { SearchParams } from "@/lib/forms/page-props";

/** Protokoll: who changed what, when and from where — the entries the viewer may read (audit-log.ts). */
export default async function ManagerAuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const answer = await auditFromAddress("manager", addressKey(await searchParams));
  return <AuditLogPage path="/manager/audit-log" answer={answer} />;
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }) {
  const t = await getTranslations("AuditLog");
  // A viewer without access, or signed out, is turned away by the page itself; the title stays plain.
  const answer = await auditFromAddress("manager", addressKey(await searchParams)).catch(() => null);
  return { title: answer ? await addressFormTitle(t("title"), answer.state) : t("title") };
}
