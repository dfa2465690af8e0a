import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ErrorKey } from "@/lib/errors/error-key";

/**
 * A compact input for repeated rows (time ranges, dates): like components/forms/Field, the error
 * is wired with aria-invalid and aria-describedby, and the label may carry a hidden row number.
 */
export function InlineField({
  name,
  label,
  type,
  defaultValue,
  error,
  describedBy,
  autoFocus,
}: {
  name: string;
  label: ReactNode;
  type: "time" | "date" | "text";
  defaultValue: string;
  /** A key of the "Errors" namespace. */
  error?: ErrorKey;
  /** More ids that describe this input, e.g. a shared help text. */
  describedBy?: string;
  /** Focus this input when it appears (a time range just added). */
  autoFocus?: boolean;
}) {
  const e = useTranslations("Errors");
  const id = `field-${name}`;
  const ids = [describedBy, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids || undefined}
        className="input"
        autoFocus={autoFocus}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {e(error)}
        </p>
      ) : null}
    </div>
  );
}

/** An error that belongs to a group (a weekday's choice, the portal list), with the id the group's inputs point to. */
export function GroupError({ id, error }: { id: string; error?: ErrorKey }) {
  const e = useTranslations("Errors");
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {e(error)}
    </p>
  );
}
