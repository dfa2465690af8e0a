"use client";
import { useActionState, useRef } from "react";
import { FormAlert } from "@/components/forms/FormAlert";
import { Field } from "@/components/forms/Field";
import { type FormState, initialFormState } from "@/lib/forms/form-state";

/** The chat box. Enter sends, Shift+Enter starts a new line; after sending, the box is empty again. */
export function ChatMessageForm({
  action,
  sessionId,
  label,
  sendLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  sessionId: string;
  label: string;
  sendLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={formAction} className="chat-form">
      <FormAlert error={state.fieldErrors.form} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <Field name="text" label={label} error={state.fieldErrors.text}>
        {(props) => (
          <textarea
            {...props}
            // A new key after each sent message gives an empty box (and keeps the text after an error).
            key={state.values.sent ?? "draft"}
            defaultValue={state.fieldErrors.text ? state.values.text : ""}
            rows={3}
            maxLength={4000}
            className="input"
            autoFocus={!!state.values.sent}
            onKeyDown={(event) => {
              if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
                event.preventDefault();
                if (!pending) form.current?.requestSubmit();
              }
            }}
          />
        )}
      </Field>
      <button type="submit" className="button button-primary" aria-disabled={pending || undefined}>
        {sendLabel}
      </button>
    </form>
  );
}
