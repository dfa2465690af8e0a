"use client";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { NewPasswordFields } from "@/components/forms/NewPasswordFields";
import { SubmitButton } from "@/components/forms/SubmitButton";

/**
 * A new password, twice, and one button: the same form whether its owner sets it from a reset link
 * or an administrator resets it for a company manager; only the words differ.
 */
export function NewPasswordForm({
  action,
  texts,
}: {
  action: FormStateAction;
  texts: { password: string; passwordHelp: string; passwordConfirm: string; submit: string };
}) {
  return (
    <ActionForm action={action} buttons={<SubmitButton>{texts.submit}</SubmitButton>}>
      {(field) => (
        <NewPasswordFields
          field={field}
          label={texts.password}
          description={texts.passwordHelp}
          confirmLabel={texts.passwordConfirm}
        />
      )}
    </ActionForm>
  );
}
