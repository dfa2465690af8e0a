"use client";
import { startTransition, useActionState, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { type FormState, initialFormState } from "@/lib/forms/form-state";
import { newMessageKey } from "./message-key";

const failed = (state: FormState) => Object.keys(state.fieldErrors).length > 0;
const failedText = (state: FormState) => (failed(state) ? (state.values.text ?? "") : "");

/**
 * The state of a chat message box. With JavaScript the box empties the moment a message is sent,
 * so the next one can be typed at once; the message shows up through the transcript's stream,
 * often before the action has answered. (Emptying the box when the answer arrives would throw away
 * what was typed in between.) A failed message comes back into the box, unless something new has
 * been typed there. Sends queue in order. Without JavaScript the form posts with the key the server
 * rendered into it, and the action sends the browser back to the page.
 */
export function useChatBox(action: (state: FormState, formData: FormData) => Promise<FormState>) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [draft, setDraft] = useState(() => failedText(state));
  const [shownState, setShownState] = useState(state);
  const form = useRef<HTMLFormElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  // Adjusting state while rendering (not in an effect) when a new answer arrives.
  if (state !== shownState) {
    setShownState(state);
    const restored = failedText(state);
    if (restored) setDraft((current) => current || restored);
  }

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    // Default prevented: React neither runs the form action itself nor resets the form afterwards.
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // Sent by script (the action answers with state, not a redirect), each message with its own key.
    data.set("js", "1");
    data.set("messageKey", newMessageKey());
    setDraft("");
    box.current?.focus();
    startTransition(() => formAction(data));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      form.current?.requestSubmit();
    }
  };

  /** Puts text into the box at the cursor, spaced from the words around it, and keeps the focus there. */
  const insertAtCursor = (text: string) => {
    const textarea = box.current;
    if (!textarea) return;
    const start = textarea.selectionStart ?? draft.length;
    const end = textarea.selectionEnd ?? start;
    const before = draft.slice(0, start);
    const after = draft.slice(end);
    const spaced = `${before && !/\s$/.test(before) ? " " : ""}${text}${after && !/^\s/.test(after) ? " " : ""}`;
    // Written at once, so that the caret can be placed now: placed a frame later it would undo a key
    // the user pressed in between (End, an arrow) — the next insert would land in the old place.
    flushSync(() => setDraft(before + spaced + after));
    textarea.focus();
    textarea.setSelectionRange(start + spaced.length, start + spaced.length);
  };

  return {
    state,
    insertAtCursor,
    formProps: { ref: form, action: formAction, onSubmit },
    boxProps: {
      ref: box,
      value: draft,
      onChange: (event: React.ChangeEvent<HTMLTextAreaElement>) => setDraft(event.target.value),
      onKeyDown,
    },
  };
}
