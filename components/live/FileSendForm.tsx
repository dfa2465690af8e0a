"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { type FileSendStatus, uploadErrorKey } from "./file-send-status";

/**
 * Sends a file into the session (the upload route checks the feature, the size and who may send).
 * The transcript shows it through the session's stream once stored. With JavaScript the file goes
 * up by fetch and the page stays; without, the form posts and the route sends the browser back to
 * the session page, whose `initial` status says how it went.
 */
export function FileSendForm({
  uploadUrl,
  texts,
  initial = { kind: "idle" },
}: {
  uploadUrl: string;
  texts: { label: string; send: string; sending: string; sent: string };
  initial?: FileSendStatus;
}) {
  const errors = useTranslations("Errors");
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<FileSendStatus>(initial);
  return (
    <form
      id="files"
      className="file-form"
      method="post"
      encType="multipart/form-data"
      action={uploadUrl}
      onSubmit={async (event) => {
        event.preventDefault();
        const file = input.current?.files?.[0];
        if (!file) return setStatus({ kind: "error", key: "fileMissing" });
        setStatus({ kind: "sending" });
        const body = new FormData();
        body.append("file", file);
        try {
          const response = await fetch(uploadUrl, { method: "POST", body, headers: { Accept: "application/json" } });
          if (response.ok) {
            if (input.current) input.current.value = "";
            return setStatus({ kind: "sent" });
          }
          const answer = (await response.json().catch(() => ({}))) as { error?: unknown };
          setStatus({ kind: "error", key: uploadErrorKey(answer.error) });
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
