"use client";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { summaryItems, type SummaryTargets } from "@/lib/forms/error-summary";
import type { FormState } from "@/lib/forms/form-state";

/**
 * The GOV.UK error summary at the top of a form that came back with errors: "Es gibt ein Problem",
 * then every error as a link to its field (an error of the whole form as text). Focus moves to it —
 * without JavaScript by `autofocus` in the page that answers the POST, with JavaScript after each
 * failed submit — and the page title starts with "Fehler: " while it shows (decision record 15).
 */
export function ErrorSummary({ state, targets }: { state: FormState; targets?: SummaryTargets }) {
  const t = useTranslations("ErrorSummary");
  const errors = useTranslations("Errors");
  const summary = useRef<HTMLDivElement>(null);
  const items = summaryItems(state.fieldErrors, state.fieldOrder, targets);
  // Every answer of the action is a new object: the summary takes the focus after each failed submit.
  const answer = state.fieldErrors;
  useEffect(() => {
    if (Object.keys(answer).length > 0) summary.current?.focus();
  }, [answer]);
  if (items.length === 0) return null;
  return (
    <div ref={summary} className="error-summary" tabIndex={-1} autoFocus>
      <ErrorTitle prefix={t("titlePrefix")} />
      <div role="alert">
        <h2 className="error-summary-title">{t("title")}</h2>
        <ul className="error-summary-list">
          {items.map((item) => (
            <li key={item.field}>{item.href ? <a href={item.href}>{errors(item.error)}</a> : errors(item.error)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

const noSubscription = () => () => {};

/**
 * "Fehler: " before the page's title, with JavaScript. React puts this <title> before the page's own
 * one and takes it away with the summary. On the server there is none: the page that answers a POST
 * without JavaScript gets the prefix from the root layout's metadata.
 */
function ErrorTitle({ prefix }: { prefix: string }) {
  const title = useSyncExternalStore(
    noSubscription,
    () => (document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title),
    () => null,
  );
  return title === null ? null : <title>{`${prefix}${title}`}</title>;
}
