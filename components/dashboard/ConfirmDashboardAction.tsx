import Link from "next/link";

/**
 * The form at the end of a page that asks before a Dashboard action (Mitarbeiter abmelden, Manager
 * abmelden, Anfrage abbrechen): what the action needs as hidden fields, the button that does it and
 * the way back to the Dashboard that does nothing.
 */
export function ConfirmDashboardAction({
  action,
  fields,
  confirm,
  back,
}: {
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string | number>;
  confirm: string;
  back: string;
}) {
  return (
    <form action={action} className="actions">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button button-danger">
        {confirm}
      </button>
      <Link href="/manager/dashboard" className="button button-secondary">
        {back}
      </Link>
    </form>
  );
}
