import { RuleTester } from "eslint";
import tsParser from "@typescript-eslint/parser";
import { describe, it } from "vitest";
import { noWriteDuringRender } from "@/eslint-rules/no-write-during-render.mjs";

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
});
const write = (name: string) => ({ messageId: "write", data: { name } });

tester.run("no-write-during-render", noWriteDuringRender, {
  valid: [
    // Reads, named for what they return.
    `import { getHoursSet } from "@/lib/business-hours/hours-sets";
     import { listWaitingEmails } from "@/lib/mail/outbox-status";
     export default async function Page() { await getHoursSet(); await listWaitingEmails(); return null; }`,
    // Predicates and builders of paths and titles are reads, whatever verb they start with.
    `import { setPath } from "@/lib/business-hours/set-paths";
     import { isAuditAction } from "@/lib/audit/audit-catalog";
     export function Row() { return <a href={setPath("hours", "1")}>{String(isAuditAction("x"))}</a>; }`,
    // A hook prepares an action for the form; it runs nothing while rendering.
    `"use client";
     import { useFormAction } from "./use-form-action";
     export function Form({ action }) { const [state, run] = useFormAction(action, {}); return <form action={run} />; }`,
    // An action is handed on, not called; binding it calls nothing either.
    `import { saveAction } from "./actions";
     export default function Page() { return <form action={saveAction.bind(null, "id")} />; }`,
    // Libraries are not the domain.
    `import { setRequestLocale } from "next-intl/server";
     export default function Page() { setRequestLocale("de"); return null; }`,
    // A client component's handlers and effects run on events, not while rendering.
    `"use client";
     import { sendCandidates } from "@/lib/live/screen-signals";
     export function Share() { const onClick = () => sendCandidates(); return <button onClick={onClick} />; }`,
    // A local function of the same name is not the import.
    `import { touchPresence } from "@/lib/live/presence";
     export function Page() { const touchPresence = () => 1; return touchPresence(); }`,
    // Type-only imports call nothing.
    `import type { createAgent } from "@/lib/agents/create-agent";
     type T = ReturnType<typeof createAgent>;`,
  ],
  invalid: [
    {
      code: `import { touchPresence } from "@/lib/live/presence";
             export default async function Page({ principal }) { await touchPresence(principal); return null; }`,
      errors: [write("touchPresence")],
    },
    {
      // Renamed on import, or reached through a namespace: the imported name counts.
      code: `import { recordActivity as note } from "@/lib/live/activity";
             import * as presence from "@/lib/live/presence";
             export async function Shell() { await note(); await presence.signOutOfConsole(); return null; }`,
      errors: [write("recordActivity"), write("signOutOfConsole")],
    },
    {
      // Calling a server action while rendering runs it.
      code: `import { retryEmailAction } from "@/app/admin/mail-actions";
             export async function Table({ ids }) { await Promise.all(ids.map((id) => retryEmailAction(id))); return null; }`,
      errors: [write("retryEmailAction")],
    },
    {
      // In a client component the component's own body renders.
      code: `"use client";
             import { markSeenAction } from "./actions";
             export function Seen() { markSeenAction(); return null; }`,
      errors: [write("markSeenAction")],
    },
  ],
});
