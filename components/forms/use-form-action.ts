"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useActionState } from "react";

/**
 * useActionState, with the page's address (path and query, no #fragment) as the form's action
 * ("permalink"), which is where the browser posts without JavaScript. Posted to the current URL
 * instead, a #field-… from an error summary's link would stay in the address of the page that
 * answers — and a fragment there takes the focus instead of the summary's autofocus, and sticks to a
 * success redirect too (decision record 15). With JavaScript the permalink plays no part.
 */
export function useFormAction<State>(
  action: (state: Awaited<State>, formData: FormData) => State | Promise<State>,
  initialState: Awaited<State>,
) {
  // Both are null outside the App Router (a component test): the form then posts to the current URL.
  const pathname = usePathname() as string | null;
  const query = (useSearchParams() as URLSearchParams | null)?.toString();
  return useActionState(
    action,
    initialState,
    pathname === null ? undefined : query ? `${pathname}?${query}` : pathname,
  );
}
