"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useFormAction } from "@/components/forms/use-form-action";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

/**
 * Wiedergabe and Export of a session's recordings: one form, its button says which (`intent`). The
 * passphrase is asked when the portal has one, for this viewing only: the server keeps the opened
 * key for half an hour under a ticket, never the passphrase.
 */
export function RecordingAccessForm({
  action,
  number,
  recordings,
  needsPassphrase,
  mayExport,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  number: string;
  recordings: { id: string; label: string }[];
  needsPassphrase: boolean;
  mayExport: boolean;
}) {
  const t = useTranslations("SessionInformation.recordings");
  const [state, formAction] = useFormAction(action, initialFormState);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="number" value={number} />
      {recordings.length === 1 ? (
        <input type="hidden" name="recordingId" value={recordings[0]!.id} />
      ) : (
        <SelectField
          name="recordingId"
          label={t("choose")}
          options={recordings.map((r) => ({ value: r.id, label: r.label }))}
          defaultValue={state.values.recordingId}
          error={errors.recordingId}
        />
      )}
      {needsPassphrase ? (
        <InputField
          name="passphrase"
          type="password"
          label={t("passphrase")}
          description={t("passphraseHelp")}
          autoComplete="off"
          error={errors.passphrase}
          required
        />
      ) : null}
      <div className="actions">
        <SubmitButton name="intent" value="replay">
          {t("replay")}
        </SubmitButton>
        {mayExport ? (
          <SubmitButton name="intent" value="export" variant="secondary">
            {t("export")}
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}
