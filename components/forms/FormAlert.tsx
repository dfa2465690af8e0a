import { useTranslations } from "next-intl";
import type { ErrorKey } from "@/lib/errors/error-key";

/** An error that concerns the whole form (not one field), announced to screen readers. */
export function FormAlert({ error }: { error?: ErrorKey }) {
  const t = useTranslations("Errors");
  if (!error) return null;
  return (
    <p role="alert" className="alert alert-error">
      {t(error)}
    </p>
  );
}
