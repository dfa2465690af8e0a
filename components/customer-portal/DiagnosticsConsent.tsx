"use client";

type NavigatorWithExtras = Navigator & {
  connection?: { type?: string; effectiveType?: string; downlink?: number };
  deviceMemory?: number;
  userAgentData?: { platform?: string; brands?: { brand: string; version: string }[] };
};

/** What this browser can tell about the customer's system; nothing is sent without their click. */
function systemInformation() {
  const nav = navigator as NavigatorWithExtras;
  return {
    platform: nav.userAgentData?.platform || nav.platform || undefined,
    userAgent: nav.userAgent,
    browser: nav.userAgentData?.brands?.map((b) => `${b.brand} ${b.version}`).join(", ") || undefined,
    language: nav.language,
    languages: [...(nav.languages ?? [])],
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    screen: { width: screen.width, height: screen.height },
    pixelRatio: window.devicePixelRatio,
    connection: nav.connection
      ? { type: nav.connection.type, effectiveType: nav.connection.effectiveType, downlink: nav.connection.downlink }
      : undefined,
    cookiesEnabled: nav.cookieEnabled,
    online: nav.onLine,
    hardwareConcurrency: nav.hardwareConcurrency,
    deviceMemory: nav.deviceMemory,
  };
}

/** The agent asked for diagnostics: the customer agrees (their browser's information is sent) or declines. */
export function DiagnosticsConsent({
  action,
  sessionId,
  texts,
}: {
  action: (formData: FormData) => Promise<void>;
  sessionId: string;
  texts: { heading: string; explanation: string; agree: string; decline: string };
}) {
  return (
    <section aria-labelledby="diagnostics-heading" className="card" role="region">
      <h2 id="diagnostics-heading">{texts.heading}</h2>
      <p>{texts.explanation}</p>
      <form
        action={action}
        className="actions"
        onSubmit={(event) => {
          const field = event.currentTarget.elements.namedItem("info");
          if (field instanceof HTMLInputElement) field.value = JSON.stringify(systemInformation());
        }}
      >
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="info" defaultValue="{}" />
        <button type="submit" name="intent" value="agree" className="button button-primary">
          {texts.agree}
        </button>
        <button type="submit" name="intent" value="decline" className="button button-secondary">
          {texts.decline}
        </button>
      </form>
    </section>
  );
}
