import { z } from "zod";
import { loginIdField, newPasswordField } from "@/lib/validation/fields";

const personName = (missing: string) => z.string().trim().min(1, missing).max(100, "tooLong");

/** An agent's fields and their limits, as "Mitarbeiter hinzufügen" and a Masseneingabe line enter them. */
export const newAgentFields = z.object({
  loginId: loginIdField,
  firstName: personName("firstNameRequired"),
  lastName: personName("lastNameRequired"),
  screenName: z.string().trim().max(100, "tooLong"),
  email: z
    .string()
    .trim()
    .max(254, "tooLong")
    .pipe(z.union([z.literal(""), z.email("emailFormat")])),
  password: newPasswordField,
  teamId: z.string().min(1, "teamRequired"),
  customField: z.string().trim().max(200, "tooLong"),
});

/** One agent as entered on "Mitarbeiter hinzufügen". */
export const newAgentSchema = newAgentFields
  // Agents log in with an e-mail-format ID; without a separate address, that is where mail goes.
  .transform((agent) => ({
    ...agent,
    screenName: agent.screenName || agent.firstName,
    email: agent.email || agent.loginId,
  }));

export type NewAgentInput = z.input<typeof newAgentSchema>;

export function agentSearchText(agent: { firstName: string; lastName: string; screenName: string; loginId: string }) {
  return [agent.firstName, agent.lastName, agent.screenName, agent.loginId].join(" ").toLocaleLowerCase();
}
