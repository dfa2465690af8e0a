import type { ErrorKey, FieldErrors } from "@/lib/errors/error-key";

/** One entry of a form's error summary: the message (a key of "Errors") and the control it leads to. */
export type SummaryItem = { field: string; error: ErrorKey; href: string | null };

/**
 * Where an error's link leads, for errors whose control is not `field-<name>` (a radio group's
 * first radio, a list of checkboxes); null: no control to go to, the entry is plain text.
 */
export type SummaryTargets = Record<string, string | null>;

/**
 * The entries of the error summary (GOV.UK pattern) of a form that came back with errors: an error
 * of the whole form ("form") first, then the fields' errors in the order of the fields on the page
 * (`fieldOrder`, as the browser sent them; errors of fields it did not send — an unticked group —
 * follow in the order the action gave them). Each links to its control: `#field-<name>`, the id
 * components/forms/Field gives it, unless `targets` says otherwise.
 */
export function summaryItems(
  fieldErrors: FieldErrors,
  fieldOrder: readonly string[] = [],
  targets: SummaryTargets = {},
): SummaryItem[] {
  const rank = (field: string) => {
    if (field === "form") return -1;
    const index = fieldOrder.indexOf(field);
    return index === -1 ? fieldOrder.length : index;
  };
  return Object.entries(fieldErrors)
    .map(([field, error]) => ({ field, error, href: hrefOf(field, targets) }))
    .sort((a, b) => rank(a.field) - rank(b.field));
}

function hrefOf(field: string, targets: SummaryTargets): string | null {
  if (field in targets) {
    const target = targets[field];
    return target ? `#${target}` : null;
  }
  return field === "form" ? null : `#field-${field}`;
}
