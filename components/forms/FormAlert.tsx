import { useTranslations } from "next-intl";

/** An error that concerns the whole form (not one field), announced to screen readers. */
export function FormAlert({ error }: { error?: string }) {
  const t = useTranslations("Errors");
  if (!error) return null;
  return (
    <p role="alert" className="alert alert-error">
      {t(error)}
    </p>
  );
}
