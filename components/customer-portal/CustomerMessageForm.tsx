"use client";
import { FormAlert } from "@/components/forms/FormAlert";
import { Field } from "@/components/forms/Field";
import { useChatBox } from "@/components/live/useChatBox";
import type { FormState } from "@/lib/forms/form-state";

/** The chat box. Enter sends, Shift+Enter starts a new line; after sending, the box is empty again. */
export function ChatMessageForm({
  action,
  sessionId,
  messageKey,
  label,
  sendLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  sessionId: string;
  /** Rendered on the server for a post without JavaScript; the script sets a new one per message. */
  messageKey: string;
  label: string;
  sendLabel: string;
}) {
  const { state, formProps, boxProps } = useChatBox(action);
  return (
    <form {...formProps} className="chat-form">
      <FormAlert error={state.fieldErrors.form} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="messageKey" value={messageKey} />
      <Field name="text" label={label} error={state.fieldErrors.text}>
        {(props) => <textarea {...props} {...boxProps} rows={3} maxLength={4000} className="input" />}
      </Field>
      <button type="submit" className="button button-primary">
        {sendLabel}
      </button>
    </form>
  );
}
