import type { FormState } from "@/lib/forms/form-state";

/** "API-Token erstellen"'s answer: the form's errors, or the token just made with its secret (shown once). */
export type ApiTokenFormState = FormState & {
  created?: { name: string; secret: string; expiresAt: string };
};
