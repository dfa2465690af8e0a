import { getFormatter, getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** The agent's current connection code and when it expires, and the generator. */
export async function ConnectionCodePanel({
  code,
  generateAction,
}: {
  code: { code: string; expiresAt: Date } | null;
  generateAction: () => Promise<void>;
}) {
  const t = await getTranslations("AgentConsole.code");
  const format = await getFormatter();
  return (
    <section aria-labelledby="code-heading" className="console-panel">
      <h2 id="code-heading">{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      {code ? (
        <p className="connection-code">
          <span className="connection-code-label">{t("current")}</span>
          <strong className="connection-code-value">{code.code}</strong>
          <span>{t("validUntil", { time: format.dateTime(code.expiresAt, { timeStyle: "short" }) })}</span>
        </p>
      ) : (
        <p>{t("none")}</p>
      )}
      <form action={generateAction}>
        <SubmitButton variant="secondary">{code ? t("generateNew") : t("generate")}</SubmitButton>
      </form>
    </section>
  );
}
