import type { Locale } from "@/lib/i18n/locales";
import { type CustomerField, ESSENTIAL_FIELDS, FIELDS_OF_TYPE, PORTAL_TYPES, type PortalType } from "./portal-types";

export type LocalizedText = Record<Locale, string>;

/** How one customer field appears on a portal page. Empty label = the built-in label. */
export type FieldConfig = { shown: boolean; required: boolean; label: LocalizedText; help: LocalizedText };

export type FieldConfigs = Partial<Record<CustomerField, FieldConfig>>;

const EMPTY: LocalizedText = { de: "", en: "" };

/** What a new portal starts with: every field shown, the name and the essentials required. */
function defaultFieldConfig(type: PortalType, field: CustomerField): FieldConfig {
  const essential = ESSENTIAL_FIELDS[type].includes(field);
  return { shown: true, required: essential || field === "name", label: { ...EMPTY }, help: { ...EMPTY } };
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function localized(value: unknown): LocalizedText {
  const v = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return { de: text(v.de), en: text(v.en) };
}

function storedObject(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === "object") return value as Record<string, unknown>;
  } catch {
    // A damaged value falls back to the defaults.
  }
  return {};
}

/**
 * The stored JSON as the effective configuration of every field the type offers (and only those).
 * Essential fields are always shown and required, whatever is stored.
 */
export function fieldConfigsOf(type: PortalType, json: string): Record<CustomerField, FieldConfig> {
  const stored = storedObject(json);
  const result = {} as Record<CustomerField, FieldConfig>;
  for (const field of FIELDS_OF_TYPE[type]) {
    const fallback = defaultFieldConfig(type, field);
    const raw = stored[field] as Record<string, unknown> | undefined;
    const config: FieldConfig = raw
      ? {
          shown: raw.shown === true,
          required: raw.required === true,
          label: localized(raw.label),
          help: localized(raw.help),
        }
      : fallback;
    if (ESSENTIAL_FIELDS[type].includes(field)) Object.assign(config, { shown: true, required: true });
    if (!config.shown) config.required = false;
    result[field] = config;
  }
  return result;
}

/** Everything stored, for every field of every type (validated shape; unknown keys dropped). */
export function fieldConfigsOfEveryType(json: string): FieldConfigs {
  const result: FieldConfigs = {};
  for (const type of PORTAL_TYPES) {
    const stored = storedObject(json);
    for (const [field, config] of Object.entries(fieldConfigsOf(type, json))) {
      if (stored[field]) result[field as CustomerField] ??= config;
    }
  }
  return result;
}
