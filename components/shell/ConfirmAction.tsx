import Link from "next/link";

/**
 * The form at the end of a page that asks before an action (Mitarbeiter abmelden, Anfrage
 * abbrechen, a saved report's Löschen, …): what the action needs as hidden fields, the button that
 * does it and the way back that does nothing.
 */
export function ConfirmAction({
  action,
  fields,
  confirm,
  back,
  backHref,
}: {
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string | number>;
  confirm: string;
  back: string;
  backHref: string;
}) {
  return (
    <form action={action} className="actions">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button button-danger">
        {confirm}
      </button>
      <Link href={backHref} className="button button-secondary">
        {back}
      </Link>
    </form>
  );
}
