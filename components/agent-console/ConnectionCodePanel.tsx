import { getFormatter, getTranslations } from "next-intl/server";
import { generateCodeAction } from "@/app/agent/actions";
import { SubmitButton } from "@/components/forms/SubmitButton";

/** The agent's current connection code and when it expires, and the generator. */
export async function ConnectionCodePanel({ code }: { code: { code: string; expiresAt: Date } | null }) {
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
      <form action={generateCodeAction}>
        <SubmitButton variant="secondary">{code ? t("generateNew") : t("generate")}</SubmitButton>
      </form>
    </section>
  );
}
