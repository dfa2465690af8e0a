"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";

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
  action: FormStateAction;
  number: string;
  recordings: { id: string; label: string }[];
  needsPassphrase: boolean;
  mayExport: boolean;
}) {
  const t = useTranslations("SessionInformation.recordings");
  const buttons = (
    <>
      <SubmitButton name="intent" value="replay">
        {t("replay")}
      </SubmitButton>
      {mayExport ? (
        <SubmitButton name="intent" value="export" variant="secondary">
          {t("export")}
        </SubmitButton>
      ) : null}
    </>
  );
  return (
    <ActionForm action={action} buttons={buttons}>
      {(field) => (
        <>
          <input type="hidden" name="number" value={number} />
          {recordings.length === 1 ? (
            <input type="hidden" name="recordingId" value={recordings[0]!.id} />
          ) : (
            <SelectField
              {...field("recordingId")}
              label={t("choose")}
              options={recordings.map((r) => ({ value: r.id, label: r.label }))}
            />
          )}
          {needsPassphrase ? (
            <InputField
              {...field("passphrase")}
              type="password"
              label={t("passphrase")}
              description={t("passphraseHelp")}
              autoComplete="off"
              required
            />
          ) : null}
        </>
      )}
    </ActionForm>
  );
}
