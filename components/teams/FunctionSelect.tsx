import { useTranslations } from "next-intl";
import { NotAvailableYet } from "@/components/forms/NotAvailableYet";
import { AGENT_FUNCTIONS, type AgentFunction } from "@/lib/agent-functions/catalog";
import { isAgentFunctionAvailable } from "@/lib/features/availability";

/** One row's label and inherit / on / off choice, shared by the team and the agent settings. */
export function FunctionLabel({ fn }: { fn: AgentFunction }) {
  const f = useTranslations("Functions");
  return <label htmlFor={`function-${fn}`}>{f(fn)}</label>;
}

/** A function that is not available yet shows its stored choice, disabled, with "noch nicht verfügbar". */
export function FunctionSelect({
  fn,
  defaultValue,
  inheritLabel,
}: {
  fn: AgentFunction;
  defaultValue: string;
  inheritLabel: string;
}) {
  const f = useTranslations("Functions");
  const available = isAgentFunctionAvailable(fn);
  const noteId = `function-${fn}-availability`;
  return (
    <>
      <select
        key={defaultValue}
        id={`function-${fn}`}
        name={`function.${fn}`}
        className="input"
        defaultValue={defaultValue}
        disabled={!available}
        aria-describedby={available ? undefined : noteId}
      >
        <option value="inherit">{inheritLabel}</option>
        <option value="on">{f("on")}</option>
        <option value="off">{f("off")}</option>
      </select>
      {available ? null : <NotAvailableYet id={noteId} block />}
    </>
  );
}

/** Where the error summary leads for an error of a function's choice (see ErrorSummary's targets). */
export const functionTargets = Object.fromEntries(AGENT_FUNCTIONS.map((fn) => [`function.${fn}`, `function-${fn}`]));
