"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/Field";
import { FormAlert } from "@/components/forms/FormAlert";
import type { FormState } from "@/lib/forms/form-state";
import { useChatBox } from "@/components/live/useChatBox";
import type { CannedTexts } from "@/lib/live/canned-texts";

const OPTION_LABEL_MAX = 90;
const shorten = (text: string) => (text.length > OPTION_LABEL_MAX ? `${text.slice(0, OPTION_LABEL_MAX)} …` : text);

/**
 * The agent's message box: Enter sends, Shift+Enter starts a new line; after sending the box is
 * empty and keeps the focus. Canned messages and URLs go into the box at the cursor ("Einfügen");
 * without JavaScript that form sends the canned text as it is.
 */
export function MessageComposer({
  sendAction,
  cannedAction,
  canned,
  messageKey,
}: {
  sendAction: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Rendered on the server for a post without JavaScript; the script sets a new one per message. */
  messageKey: string;
  cannedAction: (formData: FormData) => Promise<void>;
  canned: CannedTexts;
}) {
  const t = useTranslations("AgentConsole");
  const { state, formProps, boxProps, insertAtCursor } = useChatBox(sendAction);
  const choice = useRef<HTMLSelectElement>(null);
  const [inserted, setInserted] = useState(0);

  const insert = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = choice.current?.value;
    if (!value) return;
    insertAtCursor(value);
    setInserted((n) => n + 1);
  };

  return (
    <div className="composer">
      <form {...formProps} className="message-form">
        <FormAlert error={state.fieldErrors.form} />
        <input type="hidden" name="messageKey" value={messageKey} />
        <Field name="text" label={t("message.label")} description={t("message.hint")} error={state.fieldErrors.text}>
          {(props) => <textarea {...props} {...boxProps} rows={3} maxLength={4000} className="input" />}
        </Field>
        <div className="actions">
          <button type="submit" className="button button-primary">
            {t("message.send")}
          </button>
        </div>
      </form>
      {canned.messages.length + canned.urls.length > 0 ? (
        <form action={cannedAction} onSubmit={insert} className="canned-form">
          <label htmlFor="canned-text" className="field-label">
            {t("canned.label")}
          </label>
          <div className="canned-row">
            <select ref={choice} id="canned-text" name="canned" className="input">
              {canned.messages.length > 0 ? (
                <optgroup label={t("canned.messages")}>
                  {canned.messages.map((text) => (
                    <option key={text} value={text}>
                      {shorten(text)}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {canned.urls.length > 0 ? (
                <optgroup label={t("canned.urls")}>
                  {canned.urls.map((url) => (
                    <option key={url} value={url}>
                      {shorten(url)}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
            <button type="submit" className="button button-secondary">
              {t("canned.insert")}
            </button>
          </div>
          <p role="status" className="sr-only">
            {inserted > 0 ? t("canned.inserted") : ""}
          </p>
        </form>
      ) : null}
    </div>
  );
}
