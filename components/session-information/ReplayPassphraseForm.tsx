"use client";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { InputField, SelectField } from "@/components/forms/Field";
import { SubmitButton } from "@/components/forms/SubmitButton";
import { useFormAction } from "@/components/forms/use-form-action";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

type PortalChoice = { id: string; name: string; hasPassphrase: boolean };

/**
 * The manual's steps in one form: choose the portal, give your own Management Center password, the
 * passphrase twice, "Senden". The current passphrase is asked too: without it a portal's passphrase
 * cannot change (its private key is sealed with it). Secrets never come back into the page.
 */
export function ReplayPassphraseForm({
  action,
  portals,
  mode,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  portals: PortalChoice[];
  mode: "set" | "remove";
}) {
  const t = useTranslations("ReplayPassphrase");
  const [state, formAction] = useFormAction(action, initialFormState);
  const errors = state.fieldErrors;
  const options = portals.map((portal) => ({
    value: portal.id,
    label: portal.hasPassphrase ? t("portalWithPassphrase", { name: portal.name }) : portal.name,
  }));
  return (
    <form action={formAction} className="stack" noValidate>
      <ErrorSummary state={state} />
      <SelectField
        name="portalId"
        label={t("portal")}
        options={options}
        defaultValue={state.values.portalId}
        error={errors.portalId}
        required
      />
      <InputField
        name="password"
        type="password"
        label={t("password")}
        description={t("passwordHelp")}
        autoComplete="current-password"
        error={errors.password}
        required
      />
      <InputField
        name="currentPassphrase"
        type="password"
        label={t("currentPassphrase")}
        description={mode === "set" ? t("currentPassphraseHelp") : undefined}
        autoComplete="off"
        error={errors.currentPassphrase}
        required={mode === "remove"}
      />
      {mode === "set" ? (
        <>
          <InputField
            name="passphrase"
            type="password"
            label={t("passphrase")}
            description={t("passphraseHelp")}
            autoComplete="new-password"
            error={errors.passphrase}
            required
          />
          <InputField
            name="passphraseRepeat"
            type="password"
            label={t("passphraseRepeat")}
            autoComplete="new-password"
            error={errors.passphraseRepeat}
            required
          />
        </>
      ) : null}
      <div className="actions">
        <SubmitButton variant={mode === "remove" ? "danger" : "primary"}>
          {mode === "set" ? t("submit") : t("removeSubmit")}
        </SubmitButton>
      </div>
    </form>
  );
}
