"use client";
import { useTranslations } from "next-intl";
import { RatingSurveyForm } from "@/components/live/RatingSurveyForm";
import type { FormState } from "@/lib/forms/form-state";

/** The agent's survey after the session: a rating from 1 to 5 and a comment. */
export function AgentSurveyForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const t = useTranslations("AgentConsole.survey");
  return (
    <RatingSurveyForm
      action={action}
      texts={{
        rating: t("rating"),
        ratingLabels: (["1", "2", "3", "4", "5"] as const).map((n) => t(`ratings.${n}`)),
        comment: t("comment"),
        submit: t("submit"),
      }}
    />
  );
}
