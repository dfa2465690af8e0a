import { useTranslations } from "next-intl";
import type { AgentFunction } from "@/lib/agent-functions/catalog";

/** One row's label and inherit / on / off choice, shared by the team and the agent settings. */
export function FunctionLabel({ fn }: { fn: AgentFunction }) {
  const f = useTranslations("Functions");
  return <label htmlFor={`function-${fn}`}>{f(fn)}</label>;
}

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
  return (
    <select
      key={defaultValue}
      id={`function-${fn}`}
      name={`function.${fn}`}
      className="input"
      defaultValue={defaultValue}
    >
      <option value="inherit">{inheritLabel}</option>
      <option value="on">{f("on")}</option>
      <option value="off">{f("off")}</option>
    </select>
  );
}
