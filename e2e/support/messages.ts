// The UI texts, straight from the app's message files, so specs click what a user reads.
import {
  isArgumentElement,
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  parse,
} from "@formatjs/icu-messageformat-parser";
import de from "../../messages/de.json";
import en from "../../messages/en.json";

export { de, en };
export const messages = { de, en } as const;
export type Locale = keyof typeof messages;
export type Messages = typeof de;

/** Top-level namespaces of the message files (Common, Nav, SignIn, …). */
export const namespaces = Object.keys(en);

type Element = ReturnType<typeof parse>[number];

/**
 * A message with its values filled in, ICU plurals and selects included, as the app renders it
 * (numbers plain, as the app's messages print them): `icu(de.Portals.agentCount, { count: 1 })`.
 */
export function icu(message: string, values: Record<string, string | number> = {}, locale: Locale = "de"): string {
  const render = (elements: Element[], pound?: number): string =>
    elements
      .map((element) => {
        if (isLiteralElement(element)) return element.value;
        if (isPoundElement(element)) return String(pound ?? "");
        if (isArgumentElement(element)) return String(values[element.value] ?? `{${element.value}}`);
        if (isPluralElement(element)) {
          const n = Number(values[element.value]);
          const option =
            element.options[`=${n}`] ??
            element.options[new Intl.PluralRules(locale).select(n - element.offset)] ??
            element.options.other;
          return render(option?.value ?? [], n - element.offset);
        }
        if (isSelectElement(element)) {
          return render((element.options[String(values[element.value])] ?? element.options.other)?.value ?? [], pound);
        }
        throw new Error(`icu(): unsupported element in “${message}”`);
      })
      .join("");
  return render(parse(message));
}

/** A regular expression source that matches a message however its arguments and plurals are filled in. */
export function icuPattern(message: string): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const pattern = (elements: Element[]): string =>
    elements
      .map((element) => {
        if (isLiteralElement(element)) return escape(element.value);
        if (isPoundElement(element)) return "\\d+";
        if (isArgumentElement(element)) return ".+";
        if (isPluralElement(element) || isSelectElement(element)) {
          return `(?:${Object.values(element.options)
            .map((option) => pattern(option.value))
            .join("|")})`;
        }
        throw new Error(`icuPattern(): unsupported element in “${message}”`);
      })
      .join("");
  return pattern(parse(message));
}
