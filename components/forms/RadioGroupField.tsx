import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { RequiredMark } from "./RequiredMark";
import type { ErrorKey } from "@/lib/errors/error-key";

/**
 * A required choice of one among a few (the wrap-up's outcome, a survey's rating): a fieldset named by
 * its legend, a radio per option (`<name>-<value>`, where the error summary leads to the first), the
 * error read out with the group.
 */
export function RadioGroupField({
  name,
  legend,
  options,
  value,
  error,
  className,
  rowClassName,
}: {
  name: string;
  legend: string;
  options: { value: string; label: ReactNode }[];
  /** The value sent last (a form that came back) or stored; "" for none. */
  value: string;
  error?: ErrorKey;
  className?: string;
  /** How the options line up (a style of their own per form). */
  rowClassName: string;
}) {
  const errors = useTranslations("Errors");
  const errorId = `${name}-error`;
  return (
    <fieldset className={className} aria-describedby={error ? errorId : undefined}>
      <legend>
        {legend}
        <RequiredMark required />
      </legend>
      {/* Keyed by the value: React resets a form after its action, and defaults apply on mount only; this shows what was sent. */}
      <div key={value} className={rowClassName}>
        {options.map((option) => (
          <div key={option.value} className="checkbox">
            <input
              type="radio"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              defaultChecked={value === option.value}
              required
            />
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {errors(error)}
        </p>
      ) : null}
    </fieldset>
  );
}
