import type { ReactNode } from "react";
import { SubmitButton } from "./SubmitButton";

/**
 * Settings that a viewer without the right may only read: a disabled fieldset makes every control
 * read-only and keeps them out of the submission, and there is no save button.
 */
export function ChangeableFields({
  mayChange,
  submitLabel,
  children,
}: {
  mayChange: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <>
      <fieldset disabled={!mayChange} className="plain stack">
        {children}
      </fieldset>
      {mayChange ? (
        <div className="actions">
          <SubmitButton>{submitLabel}</SubmitButton>
        </div>
      ) : null}
    </>
  );
}
