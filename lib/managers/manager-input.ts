import { z } from "zod";
import { TEAM_MANAGER_RIGHTS } from "@/lib/access/rights";
import { emailField, loginIdField, newPasswordField } from "@/lib/validation/fields";

const nameField = z.string().trim().min(1, "managerNameRequired").max(120, "tooLong");

export const teamManagerSchema = z.object({
  loginId: loginIdField,
  email: emailField,
  name: nameField,
  /** Empty when editing means "keep the password". */
  password: z.union([z.literal(""), newPasswordField]),
  teamIds: z.array(z.string()).min(1, "teamsRequired"),
  rights: z.array(z.enum(TEAM_MANAGER_RIGHTS)),
});
export type TeamManagerInput = z.input<typeof teamManagerSchema>;

export const apiManagerSchema = z.object({
  loginId: loginIdField,
  email: emailField,
  name: nameField,
  password: newPasswordField,
});
export type ApiManagerInput = z.input<typeof apiManagerSchema>;
