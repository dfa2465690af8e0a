import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/shell/ScrollRegion";
import { AGENT_FUNCTIONS, type AgentFunction } from "@/lib/agent-functions/catalog";
import { FunctionLabel, FunctionSelect } from "./FunctionSelect";

/**
 * The table of every function with its inherit / on / off choice, shared by the team and the agent
 * settings; the agent's adds a column with the value in effect.
 */
export function FunctionsTable({
  label,
  headings,
  choice,
  inheritLabel,
  effective,
}: {
  label: string;
  headings: { function: string; setting: string; effective?: string };
  choice: (fn: AgentFunction) => string;
  inheritLabel: (fn: AgentFunction) => string;
  effective?: (fn: AgentFunction) => ReactNode;
}) {
  return (
    <ScrollRegion label={label}>
      <table className="table functions">
        <thead>
          <tr>
            <th scope="col">{headings.function}</th>
            <th scope="col">{headings.setting}</th>
            {effective ? <th scope="col">{headings.effective}</th> : null}
          </tr>
        </thead>
        <tbody>
          {AGENT_FUNCTIONS.map((fn) => (
            <tr key={fn}>
              <th scope="row">
                <FunctionLabel fn={fn} />
              </th>
              <td>
                <FunctionSelect fn={fn} defaultValue={choice(fn)} inheritLabel={inheritLabel(fn)} />
              </td>
              {effective ? <td data-testid={`effective-${fn}`}>{effective(fn)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
