/**
 * A list whose rows are ticked for one action ("Gewählte Mitarbeiter löschen", "Ausgewählte Manager
 * löschen"): the column's heading, named for screen readers only, and each row's checkbox, named
 * after its row.
 */
export function SelectColumnHead({ label }: { label: string }) {
  return (
    <th scope="col">
      <span className="sr-only">{label}</span>
    </th>
  );
}

export function SelectCell({
  name,
  value,
  label,
  defaultChecked,
}: {
  name: string;
  value: string;
  label: string;
  defaultChecked?: boolean;
}) {
  return (
    <td>
      <input type="checkbox" name={name} value={value} defaultChecked={defaultChecked} aria-label={label} />
    </td>
  );
}
