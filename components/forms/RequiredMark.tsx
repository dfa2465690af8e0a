import { useTranslations } from "next-intl";

/**
 * The visible "(Pflichtfeld)" after a required field's label. Hidden from screen readers, which hear
 * "required" from the control's own attribute; spelled out, so no legend has to explain a symbol.
 */
export function RequiredMark({ required }: { required: boolean | undefined }) {
  const t = useTranslations("Common");
  return required ? (
    <span className="required-mark" aria-hidden="true">
      {` (${t("requiredField")})`}
    </span>
  ) : null;
}
