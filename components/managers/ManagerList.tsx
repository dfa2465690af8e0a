import Link from "next/link";
import { useTranslations } from "next-intl";
import { ScrollRegion } from "@/components/shell/ScrollRegion";
import { SelectCell, SelectColumnHead } from "@/components/forms/RowSelection";

type Row = { id: string; name: string; loginId: string; email: string; teams?: string[] };

/** Managers with checkboxes and "Ausgewählte Manager löschen". */
export function ManagerList({
  managers,
  action,
  returnTo,
  linkToEdit,
  label,
}: {
  managers: Row[];
  action: (f: FormData) => Promise<void>;
  returnTo: string;
  linkToEdit: boolean;
  /** Names the list's scroll region (which managers it holds). */
  label: string;
}) {
  const t = useTranslations("Managers");
  if (managers.length === 0) return <p>{t("none")}</p>;
  return (
    <form action={action} className="stack">
      <input type="hidden" name="returnTo" value={returnTo} />
      <ScrollRegion label={label}>
        <table className="table">
          <thead>
            <tr>
              <SelectColumnHead label={t("select")} />
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("loginId")}</th>
              <th scope="col">{t("email")}</th>
              {linkToEdit ? <th scope="col">{t("teams")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {managers.map((m) => (
              <tr key={m.id}>
                <SelectCell name="managerIds" value={m.id} label={t("selectManager", { name: m.name })} />
                <td>{linkToEdit ? <Link href={`/manager/managers/${m.id}`}>{m.name}</Link> : m.name}</td>
                <td>{m.loginId}</td>
                <td>{m.email}</td>
                {linkToEdit ? <td>{m.teams?.join(", ")}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <div className="actions">
        <button type="submit" className="button button-danger">
          {t("deleteSelected")}
        </button>
      </div>
    </form>
  );
}
