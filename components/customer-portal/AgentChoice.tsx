import { useTranslations } from "next-intl";
import type { ErrorKey } from "@/lib/errors/error-key";
import type { PublicAgent } from "@/lib/portals/public-portal";
import type { FieldView } from "./field-views";
import { RequiredMark } from "@/components/forms/RequiredMark";

/** Up to this many agents are radio buttons; more become a select, which stays short. */
const MAX_RADIOS = 12;

/**
 * Agent selection: a radio group (or a select) of screen names, wired to its help and error like
 * Field. Agents who are not available right now are shown, marked and not selectable.
 */
export function AgentChoice({
  view,
  agents,
  value,
  error,
}: {
  view: FieldView;
  agents: PublicAgent[];
  value?: string;
  error?: ErrorKey;
}) {
  const t = useTranslations("CustomerPortal");
  const tErrors = useTranslations("Errors");
  const id = "field-agent";
  const describedBy =
    [view.help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  // In the radio group, the first agent one can choose takes the id: the error summary leads there.
  const firstAvailable = agents.find((a) => a.available)?.id;
  const help = view.help ? (
    <p id={`${id}-help`} className="field-help">
      {view.help}
    </p>
  ) : null;
  const errorText = error ? (
    <p id={`${id}-error`} className="field-error">
      {tErrors(error)}
    </p>
  ) : null;

  if (agents.length > MAX_RADIOS) {
    return (
      <div className="field">
        <label htmlFor={id} className="field-label">
          {view.label}
          <RequiredMark required />
        </label>
        <select
          // Keyed by the value: React applies defaultValue only on mount (see SelectField).
          key={value ?? ""}
          id={id}
          name="agent"
          defaultValue={value ?? ""}
          className="input"
          required
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          <option value="">{t("chooseAgent")}</option>
          {agents.map((a) => (
            <option key={a.id} value={a.id} disabled={!a.available}>
              {a.available ? a.screenName : `${a.screenName} (${t("agentUnavailable")})`}
            </option>
          ))}
        </select>
        {help}
        {errorText}
      </div>
    );
  }
  return (
    <fieldset
      role="radiogroup"
      className="field agent-choice"
      aria-required
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
    >
      <legend className="field-label">
        {view.label}
        <RequiredMark required />
      </legend>
      {agents.map((a) => (
        <label key={a.id} className="checkbox">
          <input
            type="radio"
            id={a.id === firstAvailable ? id : undefined}
            name="agent"
            value={a.id}
            defaultChecked={a.available && value === a.id}
            disabled={!a.available}
            required
          />
          {a.available ? a.screenName : `${a.screenName} (${t("agentUnavailable")})`}
        </label>
      ))}
      {help}
      {errorText}
    </fieldset>
  );
}
