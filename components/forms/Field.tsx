import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { RequiredMark } from "./RequiredMark";
import type { ErrorKey } from "@/lib/errors/error-key";

type FieldProps = {
  name: string;
  label: ReactNode;
  /** A key of the "Errors" namespace. */
  error?: ErrorKey;
  description?: ReactNode;
  /** Marks the field "(Pflichtfeld)" and sets `required` on the control (the form still posts: noValidate). */
  required?: boolean;
  children: (props: {
    id: string;
    name: string;
    "aria-invalid": boolean | undefined;
    "aria-describedby": string | undefined;
    required: boolean | undefined;
  }) => ReactNode;
};

/** Wires a control to its label, its help text and its error so screen readers announce both. */
export function Field({ name, label, error, description, required, children }: FieldProps) {
  const id = `field-${name}`;
  const describedBy = [description ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      {required ? (
        // The mark stands beside the label, not in it: the label stays the field's name, word for word.
        <span className="field-label-row">
          <FieldLabel id={id} label={label} />
          <RequiredMark required />
        </span>
      ) : (
        <FieldLabel id={id} label={label} />
      )}
      {children({
        id,
        name,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
        required: required || undefined,
      })}
      <FieldMessages id={id} description={description} error={error} />
    </div>
  );
}

function FieldLabel({ id, label }: { id: string; label: ReactNode }) {
  return (
    <label htmlFor={id} className="field-label">
      {label}
    </label>
  );
}

/** How wide a text box is drawn: sized to what it holds (a number of 1–3 digits, a URL slug) or full width. */
type InputWidth = "digits" | "slug";

type InputFieldProps = Omit<FieldProps, "children"> & {
  type?: string;
  width?: InputWidth;
  defaultValue?: string;
  autoComplete?: string;
  maxLength?: number;
};

export function InputField({ type = "text", defaultValue, autoComplete, maxLength, width, ...field }: InputFieldProps) {
  return (
    <Field {...field}>
      {(props) => (
        <input
          {...props}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          maxLength={maxLength}
          className={width ? `input input-${width}` : "input"}
        />
      )}
    </Field>
  );
}

type SelectFieldProps = Omit<FieldProps, "children"> & {
  options: { value: string; label: string }[];
  defaultValue?: string;
};

export function SelectField({ options, defaultValue, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      {(props) => (
        // React applies a select's defaultValue only when it mounts, and resets a form after its
        // action: keyed by the value, the select shows what a failed submission sent, not the first default.
        <select key={defaultValue} {...props} defaultValue={defaultValue} className="input">
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type TextAreaFieldProps = Omit<FieldProps, "children"> & { defaultValue?: string; rows?: number };

export function TextAreaField({ defaultValue, rows = 4, ...field }: TextAreaFieldProps) {
  return (
    <Field {...field}>
      {(props) => <textarea {...props} defaultValue={defaultValue} rows={rows} className="input" />}
    </Field>
  );
}

type CheckboxFieldProps = {
  name: string;
  label: ReactNode;
  defaultChecked?: boolean;
  disabled?: boolean;
  description?: ReactNode;
  /** A key of the "Errors" namespace. */
  error?: ErrorKey;
};

/** A checkbox with its label after it, its help text and its error wired for screen readers. */
export function CheckboxField({ name, label, defaultChecked, disabled, description, error }: CheckboxFieldProps) {
  const id = `field-${name}`;
  const describedBy = [description ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <div className="checkbox">
        <input
          type="checkbox"
          id={id}
          name={name}
          defaultChecked={defaultChecked}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <FieldMessages id={id} description={description} error={error} />
    </div>
  );
}

/** A control's help text and error, with the ids its aria-describedby points at. */
function FieldMessages({ id, description, error }: { id: string; description?: ReactNode; error?: ErrorKey }) {
  const t = useTranslations("Errors");
  return (
    <>
      {description ? (
        <p id={`${id}-help`} className="field-help">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {t(error)}
        </p>
      ) : null}
    </>
  );
}
