"use client";
import { useTranslations } from "next-intl";
import { ActionForm, type FormStateAction } from "@/components/forms/ActionForm";
import { InputField, SelectField } from "@/components/forms/Field";
import { NewPasswordFields } from "@/components/forms/NewPasswordFields";
import { SubmitButton } from "@/components/forms/SubmitButton";

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
  action: FormStateAction;
  portals: PortalChoice[];
  mode: "set" | "remove";
}) {
  const t = useTranslations("ReplayPassphrase");
  const options = portals.map((portal) => ({
    value: portal.id,
    label: portal.hasPassphrase ? t("portalWithPassphrase", { name: portal.name }) : portal.name,
  }));
  const submit = (
    <SubmitButton variant={mode === "remove" ? "danger" : "primary"}>
      {mode === "set" ? t("submit") : t("removeSubmit")}
    </SubmitButton>
  );
  return (
    <ActionForm action={action} buttons={submit}>
      {(field) => (
        <>
          <SelectField {...field("portalId")} label={t("portal")} options={options} required />
          <InputField
            {...field("password")}
            type="password"
            label={t("password")}
            description={t("passwordHelp")}
            autoComplete="current-password"
            required
          />
          <InputField
            {...field("currentPassphrase")}
            type="password"
            label={t("currentPassphrase")}
            description={mode === "set" ? t("currentPassphraseHelp") : undefined}
            autoComplete="off"
            required={mode === "remove"}
          />
          {mode === "set" ? (
            <NewPasswordFields
              field={field}
              name="passphrase"
              confirmName="passphraseRepeat"
              label={t("passphrase")}
              description={t("passphraseHelp")}
              confirmLabel={t("passphraseRepeat")}
            />
          ) : null}
        </>
      )}
    </ActionForm>
  );
}
