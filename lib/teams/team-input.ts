import { z } from "zod";
import {
  AGENT_FUNCTIONS,
  type AgentFunction,
  type FunctionSettings,
  MAX_SESSIONS_LIMIT,
} from "@/lib/agent-functions/catalog";
import { isAgentFunctionAvailable, keepUnavailable } from "@/lib/features/availability";

/** A tri-state control: take the value from above, or set it here. */
export const functionChoice = z.enum(["inherit", "on", "off"]);
export type FunctionChoice = z.infer<typeof functionChoice>;

/**
 * The function settings a team or agent form stores. `stored` is what the team or agent has now:
 * a function that is not available yet keeps it, whatever the form says (lib/features/availability).
 */
export function settingsFromChoices(
  choices: Partial<Record<AgentFunction, FunctionChoice>>,
  stored: FunctionSettings,
): FunctionSettings {
  const submitted: FunctionSettings = {};
  for (const fn of AGENT_FUNCTIONS) {
    const choice = choices[fn];
    if (choice === "on") submitted[fn] = true;
    if (choice === "off") submitted[fn] = false;
  }
  return keepUnavailable(AGENT_FUNCTIONS, isAgentFunctionAvailable, submitted, stored);
}

export function choiceOf(settings: FunctionSettings, fn: AgentFunction): FunctionChoice {
  const value = settings[fn];
  return value === undefined ? "inherit" : value ? "on" : "off";
}

/** A whole number typed into a text field; empty means "not set". */
const optionalCount = (max: number, message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || /^\d+$/.test(value), message)
    .transform((value) => (value === "" ? null : Number(value)))
    .refine((value) => value === null || value <= max, message);

const lines = (max: number) =>
  z
    .string()
    .max(max, "tooLong")
    .transform((text) =>
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    );

export const teamNameField = z.string().trim().min(1, "teamNameRequired").max(100, "tooLong");

export const teamSettingsSchema = z.object({
  name: teamNameField,
  parentId: z
    .string()
    .transform((value) => value || null)
    .nullable(),
  availableLogins: optionalCount(100_000, "availableLoginsInvalid"),
  greeting: z.string().trim().max(2000, "tooLong"),
  cannedMessages: lines(20_000),
  cannedUrls: lines(20_000).pipe(z.array(z.url({ protocol: /^https?$/, error: "cannedUrlInvalid" }))),
  functions: z.partialRecord(z.enum(AGENT_FUNCTIONS), functionChoice).default({}),
  maxSessions: optionalCount(MAX_SESSIONS_LIMIT, "maxSessionsInvalid").refine((v) => v !== 0, "maxSessionsInvalid"),
});

export type TeamSettingsInput = z.input<typeof teamSettingsSchema>;
