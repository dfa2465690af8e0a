import { useTranslations } from "next-intl";
import { NotAvailableYet } from "@/components/forms/NotAvailableYet";
import { SubmitButton } from "@/components/forms/SubmitButton";
import type { AccountGrants } from "@/lib/admin/account-grants";
import { type AccountGrant, isAccountGrantAvailable } from "@/lib/features/availability";

const GRANTS: readonly AccountGrant[] = [
  "companyManagersMayChangePortals",
  "companyManagersMayCreateApiManagers",
  "localRecordingAllowed",
];

/**
 * "Kontoberechtigungen" in the Admin Center. A grant whose feature does not exist yet shows its
 * stored value, disabled, with "noch nicht verfügbar"; saving keeps that value.
 */
export function AccountGrantsForm({ grants, action }: { grants: AccountGrants; action: (formData: FormData) => void }) {
  const t = useTranslations("Admin");
  return (
    <form action={action} className="stack">
      {GRANTS.map((grant) => {
        const available = isAccountGrantAvailable(grant);
        const noteId = `grant-${grant}-availability`;
        return (
          <div key={grant} className="checkbox">
            <input
              type="checkbox"
              id={`grant-${grant}`}
              name={grant}
              defaultChecked={grants[grant]}
              disabled={!available}
              aria-describedby={available ? undefined : noteId}
            />
            <label htmlFor={`grant-${grant}`}>{t(`grants.${grant}`)}</label>
            {available ? null : <NotAvailableYet id={noteId} />}
          </div>
        );
      })}
      <div className="actions">
        <SubmitButton>{t("grants.submit")}</SubmitButton>
      </div>
    </form>
  );
}
