import "server-only";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import type { Principal, Realm } from "@/lib/auth/principal";
import { requirePrincipal } from "@/lib/auth/require-principal";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { formFieldErrors, type FieldErrors } from "@/lib/errors/error-key";
import type { ConsoleNoticeKey, NoticeKey } from "@/lib/flash/notice-keys";
import { flashNotice } from "@/lib/flash/set-flash";
import { bound as parseBound } from "./bound-argument";
import { failedForm } from "./failed-form";
import { readForm } from "./form-fields";
import { type FormState, fieldOrderOf, submittedValues } from "./form-state";

/** Who may send the form: someone signed in to a realm (else off to its sign-in), or anyone. */
type Sender = Realm | "anyone";
type ActorOf<W extends Sender> = W extends Realm ? Principal : null;

/** How a successful submit ends: a redirect (post/redirect/get), with a notice for the next page. */
export type Redirect = { redirectTo: string; notice?: NoticeKey | ConsoleNoticeKey; count?: number };
/** …or the same form again with this state, e.g. a row added to it, or a secret shown once. */
export type SameForm<T extends FormState> = { state: T };
/** …or the same form again with errors the handler found itself (e.g. the Masseneingabe's bad lines). */
export type FailedForm<T extends FormState> = { failed: T };

type Context<W extends Sender, V, B> = { actor: ActorOf<W>; values: V; bound: B; formData: FormData };

type Spec<W extends Sender, S extends z.ZodType, B> = {
  signedIn: W;
  /** The form's fields: a zod object, built with `formField` (messages are Errors keys). */
  fields: S;
  /** A bound argument (`action.bind(null, x)`), parsed like a field: it travels in the form too. */
  bound?: z.ZodType<B>;
  /** The settings page's own actions work while a password change is pending. */
  allowPendingPasswordChange?: boolean;
  /**
   * What a failed form shows again: every text field sent, minus secrets ("sent", the default), or
   * only the schema's fields as it read them ("read", e.g. cut to a length) — for a public form,
   * whose post may carry megabytes that should not travel back into the page.
   */
  echo?: "sent" | "read";
};

type StateAction<T> = (previous: T, formData: FormData) => Promise<T>;
type BoundStateAction<T> = (bound: unknown, previous: T, formData: FormData) => Promise<T>;

/**
 * A server action for a form with state (`useActionState`): signs the sender in, reads the fields
 * with the schema, runs `run`, and maps the outcome — a redirect with its notice, the same form
 * again, field errors (the schema's or a domain `ValidationError`) with the submitted values kept,
 * or a 404 for a domain `NotFoundError` (a missing row and a foreign one answer the same).
 */
export function formAction<W extends Sender, S extends z.ZodType, T extends FormState = FormState>(
  spec: Spec<W, S, undefined> & { bound?: undefined },
  run: (context: Context<W, z.output<S>, undefined>) => Promise<Redirect | SameForm<T> | FailedForm<T>>,
): StateAction<T>;
export function formAction<W extends Sender, S extends z.ZodType, B, T extends FormState = FormState>(
  spec: Spec<W, S, B> & { bound: z.ZodType<B> },
  run: (context: Context<W, z.output<S>, B>) => Promise<Redirect | SameForm<T> | FailedForm<T>>,
): BoundStateAction<T>;
export function formAction<W extends Sender, S extends z.ZodType, B, T extends FormState>(
  spec: Spec<W, S, B>,
  run: (context: Context<W, z.output<S>, B>) => Promise<Redirect | SameForm<T> | FailedForm<T>>,
): StateAction<T> | BoundStateAction<T> {
  const act = async (boundValue: unknown, sent: unknown): Promise<T> => {
    const formData = formOf(sent);
    const context = await contextOf(spec, boundValue, formData);
    if (!context.ok) return failedState<T>(context.fieldErrors, formData, spec.fields, echoOf(spec, {}));
    let outcome: Redirect | SameForm<T> | FailedForm<T>;
    try {
      outcome = await run(context.value);
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      if (error instanceof ValidationError) {
        return failedState<T>(
          formFieldErrors(error.fieldErrors),
          formData,
          spec.fields,
          echoOf(spec, context.value.values),
        );
      }
      throw error;
    }
    if ("state" in outcome) return outcome.state;
    if ("failed" in outcome) return failedForm(outcome.failed);
    return follow(outcome);
  };
  if (spec.bound) return (boundValue: unknown, _previous: T, formData: FormData) => act(boundValue, formData);
  return (_previous: T, formData: FormData) => act(undefined, formData);
}

// The form is optional: a button's action may be passed on as one that takes nothing (() => …).
type PlainAction = (formData?: FormData) => Promise<void>;
type BoundPlainAction = (bound: unknown, formData?: FormData) => Promise<void>;

/**
 * A server action for a form without state (a button: delete, sign out, choose): the same sign-in,
 * fields and 404s as `formAction`, ending in a redirect. Its fields are hidden or fixed, so fields
 * that do not read are a forged request: 404. A domain `ValidationError` is a bug here and propagates.
 */
export function postAction<W extends Sender, S extends z.ZodType>(
  spec: Spec<W, S, undefined> & { bound?: undefined },
  run: (context: Context<W, z.output<S>, undefined>) => Promise<Redirect>,
): PlainAction;
export function postAction<W extends Sender, S extends z.ZodType, B>(
  spec: Spec<W, S, B> & { bound: z.ZodType<B> },
  run: (context: Context<W, z.output<S>, B>) => Promise<Redirect>,
): BoundPlainAction;
export function postAction<W extends Sender, S extends z.ZodType, B>(
  spec: Spec<W, S, B>,
  run: (context: Context<W, z.output<S>, B>) => Promise<Redirect>,
): PlainAction | BoundPlainAction {
  const act = async (boundValue: unknown, sent: unknown): Promise<void> => {
    const context = await contextOf(spec, boundValue, formOf(sent));
    if (!context.ok) notFound();
    let outcome: Redirect;
    try {
      outcome = await run(context.value);
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }
    return follow(outcome);
  };
  if (spec.bound) return (boundValue: unknown, formData?: FormData) => act(boundValue, formData);
  return (formData?: FormData) => act(undefined, formData);
}

async function contextOf<W extends Sender, S extends z.ZodType, B>(
  spec: Spec<W, S, B>,
  boundValue: unknown,
  form: FormData,
): Promise<{ ok: true; value: Context<W, z.output<S>, B> } | { ok: false; fieldErrors: FieldErrors }> {
  const bound = (spec.bound ? parseBound(spec.bound, boundValue) : undefined) as B;
  const actor = (
    spec.signedIn === "anyone"
      ? null
      : await requirePrincipal(spec.signedIn as Realm, { allowPendingPasswordChange: spec.allowPendingPasswordChange })
  ) as ActorOf<W>;
  const read = readForm(spec.fields, form);
  if (!read.ok) return read;
  return { ok: true, value: { actor, values: read.values, bound, formData: form } };
}

/**
 * What arrived as the form. A forged request can shift a server action's arguments (decision record
 * 12), so it may be anything: then it reads as an empty form, and the usual errors answer it.
 */
function formOf(sent: unknown): FormData {
  return sent instanceof FormData ? sent : new FormData();
}

async function follow({ redirectTo, notice, count }: Redirect): Promise<never> {
  if (notice) await flashNotice(notice, count);
  redirect(redirectTo);
}

/**
 * The form back with its errors and what was sent (minus secrets), so nothing typed is lost. A list
 * field (checkboxes sharing a name) comes back comma-joined, which is how the form re-checks them.
 */
function failedState<T extends FormState>(
  fieldErrors: FieldErrors,
  form: FormData,
  fields: z.ZodType,
  echoed?: Record<string, string>,
): Promise<T> {
  const values = echoed ?? { ...submittedValues(form), ...listValues(form, fields) };
  return failedForm({ fieldErrors, values, fieldOrder: fieldOrderOf(form) } as T);
}

/** Each list field's checked values, comma-joined. */
function listValues(form: FormData, fields: z.ZodType): Record<string, string> {
  return Object.fromEntries(
    listFieldsOf(fields).map((name) => [
      name,
      form
        .getAll(name)
        .filter((value) => typeof value === "string" && value !== "")
        .join(","),
    ]),
  );
}

/** With `echo: "read"`: the text values the schema read (none when it could not read the form), minus secrets. */
function echoOf(spec: { echo?: "sent" | "read" }, values: unknown): Record<string, string> | undefined {
  if (spec.echo !== "read") return undefined;
  const read = new FormData();
  for (const [name, value] of Object.entries(values as object)) if (typeof value === "string") read.set(name, value);
  return submittedValues(read);
}

/** The names of an object schema's array fields (through defaults, optionals and transforms). */
function listFieldsOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return [];
  return Object.entries(shape)
    .filter(([, field]) => innerTypeOf(field) === "array")
    .map(([name]) => name);
}

function innerTypeOf(field: z.ZodType): string {
  let def = field.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
  for (let depth = 0; depth < 10; depth++) {
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) break;
    def = inner.def as typeof def;
  }
  return def.type;
}
