import type { ErrorKey } from "@/lib/errors/error-key";
import type { FormState } from "@/lib/forms/form-state";

export type SavedValues = Record<string, string | undefined>;

/** `field("loginId")`: the props that tie a field to the form's last answer. */
export type FieldBinder = (name: string) => {
  name: string;
  defaultValue: string | undefined;
  error: ErrorKey | undefined;
};

/**
 * What a field takes from the form's last answer: its name, the value sent (or the saved one before
 * the first submit) and its error. Secrets never come back in `values`, so a password field gets none.
 */
export function fieldBinding(state: FormState, saved: SavedValues = {}): FieldBinder {
  return (name) => ({ name, defaultValue: state.values[name] ?? saved[name], error: state.fieldErrors[name] });
}
