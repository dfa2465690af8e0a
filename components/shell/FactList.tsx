import { Fragment, type ReactNode } from "react";

/** One row of a fact list: its label (unique within the list) and its value. */
export type Fact = [label: string, value: ReactNode];

/** Facts as a definition list (label, value); which rows to show is the caller's choice. */
export function FactList({ facts, className }: { facts: Fact[]; className?: string }) {
  return (
    <dl className={className ? `facts ${className}` : "facts"}>
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
