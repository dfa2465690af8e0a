import { z } from "zod";
import { emailField } from "@/lib/validation/fields";
import { CUSTOMER_FIELDS, PORTAL_TYPES } from "./portal-types";
import { PORTAL_FEATURES } from "./portal-features";

/** URL slugs: /p/<portal>/<sub-portal>. Lower-case letters, digits and single hyphens. */
const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "slugRequired")
  .max(40, "slugInvalid")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slugInvalid");

const portalNameField = z.string().trim().min(1, "portalNameRequired").max(100, "tooLong");
const subPortalNameField = z.string().trim().min(1, "subPortalNameRequired").max(100, "tooLong");

const portalTypeField = z.string().pipe(z.enum(PORTAL_TYPES, "portalTypeInvalid"));

export const newPortalSchema = z.object({
  name: portalNameField,
  slug: slugField,
  type: portalTypeField,
  subPortalName: subPortalNameField,
  subPortalSlug: slugField,
});
export type NewPortalInput = z.input<typeof newPortalSchema>;

const shortText = (max: number) => z.string().trim().max(max, "tooLong");

const fieldConfigInput = z.object({
  shown: z.boolean(),
  required: z.boolean(),
  labelDe: shortText(100),
  labelEn: shortText(100),
  helpDe: shortText(300),
  helpEn: shortText(300),
});

export const portalSettingsSchema = z.object({
  name: portalNameField,
  slug: slugField,
  type: portalTypeField,
  queueMode: z.boolean(),
  welcomeDe: shortText(2000),
  welcomeEn: shortText(2000),
  fields: z.partialRecord(z.enum(CUSTOMER_FIELDS), fieldConfigInput),
  features: z.partialRecord(z.enum(PORTAL_FEATURES), z.boolean()),
  completedSessionEmail: z.union([z.literal("").transform(() => null), emailField]),
});
export type PortalSettingsInput = z.input<typeof portalSettingsSchema>;

export const subPortalSchema = z.object({ name: subPortalNameField, slug: slugField });
export type SubPortalInput = z.input<typeof subPortalSchema>;
