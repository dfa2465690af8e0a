// The forms render every switch from the availability registry: a switch whose feature Lotse does not
// have yet is disabled, keeps showing its stored value and names "noch nicht verfügbar" in its
// accessible description — in the server-rendered HTML, so it holds without JavaScript.
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { AccountGrantsForm } from "@/components/admin/AccountGrantsForm";
import { AgentForm } from "@/components/agents/AgentForm";
import { TeamManagerForm } from "@/components/managers/TeamManagerForm";
import { FeatureValue } from "@/components/portals/FeatureValue";
import { PortalSettingsForm } from "@/components/portals/PortalSettingsForm";
import { FunctionSelect } from "@/components/teams/FunctionSelect";
import { TEAM_MANAGER_RIGHTS } from "@/lib/access/rights";
import { AGENT_FUNCTIONS } from "@/lib/agent-functions/catalog";
import { resolveAllAgentFunctions } from "@/lib/agent-functions/resolve";
import {
  isAccountGrantAvailable,
  isAgentFunctionAvailable,
  isPortalFeatureAvailable,
  isTeamManagerRightAvailable,
} from "@/lib/features/availability";
import type { FormState } from "@/lib/forms/form-state";
import { PORTAL_FEATURE_DEFAULTS, PORTAL_FEATURES } from "@/lib/portals/portal-features";
import de from "@/messages/de.json";
import en from "@/messages/en.json";

const NOT_YET = { de: "noch nicht verfügbar", en: "not available yet" };

function render(element: ReactElement, locale: "de" | "en" = "de"): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "de" ? de : en} timeZone="Europe/Berlin">
      {element}
    </NextIntlClientProvider>,
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The start tag of the control with this id. */
function control(html: string, id: string): string {
  const tag = html.match(new RegExp(`<(?:input|select)\\b[^>]*\\sid="${escape(id)}"[^>]*>`))?.[0];
  expect(tag, `control #${id}`).toBeDefined();
  return tag!;
}

const has = (tag: string, attribute: string) => new RegExp(`\\s${attribute}=""`).test(tag);

/** The text of every element its aria-describedby names, as a screen reader reads the description. */
function description(html: string, tag: string): string {
  const ids = tag.match(/aria-describedby="([^"]*)"/)?.[1]?.split(" ") ?? [];
  return ids.map((id) => html.match(new RegExp(`\\sid="${escape(id)}"[^>]*>([^<]*)<`))?.[1] ?? "").join(" ");
}

/** Disabled with "noch nicht verfügbar" exactly when unavailable; enabled without it otherwise. */
function expectSwitch(html: string, id: string, available: boolean, locale: "de" | "en" = "de") {
  const tag = control(html, id);
  expect(has(tag, "disabled"), `#${id} disabled`).toBe(!available);
  expect(description(html, tag), `#${id} description`).toBe(available ? "" : NOT_YET[locale]);
}

const noAction = async (state: FormState) => state;

describe("switches of features Lotse does not have yet", () => {
  it("team-manager rights: disabled with the note, a stored unavailable right still shown as granted", () => {
    const html = render(
      <TeamManagerForm
        action={noAction}
        defaults={{
          managerId: "m1",
          loginId: "tara@lotse.test",
          email: "tara@lotse.test",
          name: "Tara",
          teamIds: [],
          rights: ["addDeleteAgents", "sessionReplay"],
        }}
        teams={[]}
        submitLabel="Einstellungen speichern"
      />,
    );
    for (const right of TEAM_MANAGER_RIGHTS) expectSwitch(html, `right-${right}`, isTeamManagerRightAvailable(right));
    expect(has(control(html, "right-sessionReplay"), "checked")).toBe(true);
    expect(has(control(html, "right-addDeleteAgents"), "checked")).toBe(true);
    expect(has(control(html, "right-logOutAgents"), "checked")).toBe(false);
  });

  it("agent functions of teams and agents: the select disabled with the note, in both languages", () => {
    for (const locale of ["de", "en"] as const) {
      for (const fn of AGENT_FUNCTIONS) {
        const html = render(<FunctionSelect fn={fn} defaultValue="on" inheritLabel="Erben" />, locale);
        expectSwitch(html, `function-${fn}`, isAgentFunctionAvailable(fn), locale);
      }
    }
  });

  it("an agent's page says an unavailable function is off and why, whatever is stored", () => {
    const overrides = { saveLoginPassword: true, diagnostics: false };
    const html = render(
      <AgentForm
        action={noAction}
        teams={[]}
        agent={{
          id: "a1",
          loginId: "eva@lotse.test",
          email: "eva@lotse.test",
          firstName: "Eva",
          lastName: "Engel",
          screenName: "Eva",
          customField: "",
          teamId: "",
          managementCenterAccess: false,
          maxSessions: "",
          choices: Object.fromEntries(AGENT_FUNCTIONS.map((fn) => [fn, "inherit"])) as never,
          effective: resolveAllAgentFunctions(overrides, []),
          sessionLimit: { limit: 1, multiSessionOff: true },
          inheritedMaxSessions: 1,
          may: { editNameLogin: true, editPassword: true },
        }}
      />,
    );
    for (const fn of AGENT_FUNCTIONS) expectSwitch(html, `function-${fn}`, isAgentFunctionAvailable(fn));
    const effective = (fn: string) =>
      html
        .match(new RegExp(`data-testid="effective-${fn}"[^>]*>(.*?)</td>`))?.[1]
        ?.replace(/<[^>]+>/g, "")
        .replace(/<!-- -->/g, "");
    expect(effective("saveLoginPassword")).toBe(`Aus — ${NOT_YET.de}`);
    expect(effective("diagnostics")).toBe("Aus — für diesen Mitarbeiter festgelegt");
  });

  it("portal features: disabled with the note, the stored value shown", () => {
    const html = render(
      <PortalSettingsForm
        action={noAction}
        mayChange
        localRecordingAllowed
        defaults={{
          id: "p1",
          name: "Hilfe",
          slug: "hilfe",
          type: "questionBox",
          queueMode: false,
          welcomeDe: "",
          welcomeEn: "",
          completedSessionEmail: "",
          fields: {},
          features: { ...PORTAL_FEATURE_DEFAULTS, screenSharing: false, sessionRecording: true },
        }}
      />,
    );
    for (const feature of PORTAL_FEATURES)
      expectSwitch(html, `field-features.${feature}`, isPortalFeatureAvailable(feature));
    expect(has(control(html, "field-features.sessionRecording"), "checked")).toBe(true);
    expect(has(control(html, "field-features.screenSharing"), "checked")).toBe(false);
  });

  it("Admin Center grants: „Lokale Sitzungsaufzeichnung erlaubt“ as available, with its stored value", () => {
    const grants = {
      companyManagersMayChangePortals: false,
      companyManagersMayCreateApiManagers: true,
      localRecordingAllowed: true,
    };
    const html = render(<AccountGrantsForm grants={grants} action={() => {}} />);
    for (const grant of Object.keys(grants) as (keyof typeof grants)[])
      expectSwitch(html, `grant-${grant}`, isAccountGrantAvailable(grant));
    expect(has(control(html, "grant-localRecordingAllowed"), "checked")).toBe(true);
  });

  it("the feature matrix says why an unavailable feature is off", () => {
    const html = render(<FeatureValue value={{ on: false, decidedBy: { level: "notAvailable" } }} />);
    expect(html.replace(/<[^>]+>/g, "").replace(/<!-- -->/g, "")).toBe(`Aus – ${NOT_YET.de}`);
  });
});
