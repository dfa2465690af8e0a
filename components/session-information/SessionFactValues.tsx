import type { ReactNode } from "react";
import { useFormatter } from "next-intl";
import { FactList, type Fact } from "@/components/shell/FactList";

/**
 * The pieces every view of one session shows alike — the agent's console, the manager's session
 * view and the session record: the details panel and the values that are more than text.
 */
export function SessionDetailsPanel({ heading, facts }: { heading: string; facts: Fact[] }) {
  return (
    <section aria-labelledby="details-heading" className="console-panel">
      <h2 id="details-heading">{heading}</h2>
      <FactList facts={facts} />
    </section>
  );
}

export function SessionNumber({ number }: { number: string }) {
  return <strong className="session-number">{number}</strong>;
}

export function MailLink({ email }: { email: string }) {
  return <a href={`mailto:${email}`}>{email}</a>;
}

/** Text the customer or agent typed, line breaks kept. */
export function PreLine({ children }: { children: ReactNode }) {
  return <span className="pre-line">{children}</span>;
}

/** A moment of the session, as date and time of day. */
export function FactTime({ date }: { date: Date }) {
  const format = useFormatter();
  return (
    <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}</time>
  );
}
