import type { ReactNode } from "react";
import { InputField } from "./Field";
import type { FieldBinder } from "./field-binding";

/**
 * A new secret and its repetition (a password, or a replay passphrase): typed blind twice, so a typing
 * error is caught; browsers offer to generate and save it ("new-password").
 */
export function NewPasswordFields({
  field,
  name = "password",
  confirmName = `${name}Confirm`,
  label,
  description,
  confirmLabel,
  required = true,
}: {
  field: FieldBinder;
  name?: string;
  confirmName?: string;
  label: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  required?: boolean;
}) {
  return (
    <>
      <NewPasswordField field={field} name={name} label={label} description={description} required={required} />
      <InputField
        {...field(confirmName)}
        type="password"
        label={confirmLabel}
        autoComplete="new-password"
        required={required}
      />
    </>
  );
}

/** A new secret typed once (where a manager sets it for someone else, who changes it at first sign-in). */
export function NewPasswordField({
  field,
  name = "password",
  label,
  description,
  required = true,
}: {
  field: FieldBinder;
  name?: string;
  label: ReactNode;
  description: ReactNode;
  required?: boolean;
}) {
  return (
    <InputField
      {...field(name)}
      type="password"
      label={label}
      description={description}
      autoComplete="new-password"
      required={required}
    />
  );
}
