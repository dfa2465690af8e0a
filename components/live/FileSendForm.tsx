"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";

/**
 * Sends a file into the session (the upload route checks the feature, the size and who may send).
 * The transcript shows it through the session's stream once stored.
 */
export function FileSendForm({
  uploadUrl,
  texts,
}: {
  uploadUrl: string;
  texts: { label: string; send: string; sending: string; sent: string };
}) {
  const errors = useTranslations("Errors");
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ kind: "idle" | "sending" | "sent" } | { kind: "error"; key: string }>({
    kind: "idle",
  });
  return (
    <form
      className="file-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const file = input.current?.files?.[0];
        if (!file) return setStatus({ kind: "error", key: "fileMissing" });
        setStatus({ kind: "sending" });
        const body = new FormData();
        body.append("file", file);
        try {
          const response = await fetch(uploadUrl, { method: "POST", body });
          if (response.ok) {
            event.currentTarget?.reset();
            if (input.current) input.current.value = "";
            return setStatus({ kind: "sent" });
          }
          const answer = (await response.json().catch(() => ({}))) as { error?: string };
          setStatus({ kind: "error", key: answer.error ?? "fileUploadFailed" });
        } catch {
          setStatus({ kind: "error", key: "fileUploadFailed" });
        }
      }}
    >
      <div className="field">
        <label htmlFor="session-file" className="field-label">
          {texts.label}
        </label>
        <input
          ref={input}
          id="session-file"
          type="file"
          name="file"
          className="input"
          aria-invalid={status.kind === "error" || undefined}
          aria-describedby={status.kind === "error" ? "session-file-error" : undefined}
        />
        {status.kind === "error" ? (
          <p id="session-file-error" className="field-error">
            {errors(status.key)}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-secondary" aria-disabled={status.kind === "sending" || undefined}>
        {status.kind === "sending" ? texts.sending : texts.send}
      </button>
      <p role="status" className="muted">
        {status.kind === "sent" ? texts.sent : ""}
      </p>
    </form>
  );
}
