"use client";
import { useEffect, useRef } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ApiTokenFormState } from "@/lib/api/token-form-state";

/**
 * The secret of the token just made, with the warning that it is shown this once and a call to try
 * it with. It takes the focus when it appears (autoFocus in the page that answers a POST without
 * JavaScript, the effect after a submit with it), so a screen reader starts reading here.
 */
export function NewTokenSecret({
  created,
  tokenUrl,
}: {
  created: NonNullable<ApiTokenFormState["created"]>;
  tokenUrl: string;
}) {
  const t = useTranslations("ApiTokens");
  const format = useFormatter();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, [created]);
  const example = `curl -H "Authorization: Bearer ${created.secret}" ${tokenUrl}`;
  return (
    <section
      ref={panel}
      className="alert alert-warning stack new-token"
      aria-labelledby="new-token-heading"
      tabIndex={-1}
      autoFocus
      data-testid="new-token"
    >
      <h2 id="new-token-heading">{t("created.heading", { name: created.name })}</h2>
      <p>
        <strong>{t("created.warning")}</strong>
      </p>
      <p>
        {t("created.expires", {
          when: format.dateTime(new Date(created.expiresAt), { dateStyle: "medium", timeStyle: "short" }),
        })}
      </p>
      <figure className="field">
        <figcaption className="field-label">{t("created.secret")}</figcaption>
        <pre>
          <code data-testid="new-token-secret">{created.secret}</code>
        </pre>
      </figure>
      <figure className="field">
        <figcaption className="field-label">{t("created.example")}</figcaption>
        <pre>
          <code>{example}</code>
        </pre>
      </figure>
    </section>
  );
}
