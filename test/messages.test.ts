import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const flatDe = flatten(de);
const flatEn = flatten(en);
/** The ICU argument names a message uses (plural branches are not arguments). */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && element.type !== TYPE.literal) names.add(String(element.value));
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
      if ("children" in element) walk(element.children);
    }
  };
  walk(parse(text, { ignoreTag: false }));
  return [...names].sort();
}

// That the code asks only for keys that exist is the type check's job (lib/i18n/app-config.ts,
// test/types/message-keys.typecheck.ts); these hold the two files to each other and to the manual.
describe("messages", () => {
  it("has the same keys in German and English", () => {
    expect(Object.keys(flatDe).sort()).toEqual(Object.keys(flatEn).sort());
  });

  it("has no empty texts and the same placeholders in both languages", () => {
    for (const [key, text] of Object.entries(flatDe)) {
      expect(text.trim(), key).not.toBe("");
      expect(placeholders(text), key).toEqual(placeholders(flatEn[key] ?? ""));
    }
  });

  it("uses the manual's German words for the pages and buttons that exist", () => {
    expect(flatDe["Settings.title"]).toBe("Meine Einstellungen");
    expect(flatDe["Settings.submit"]).toBe("Einstellungen speichern");
    expect(flatDe["Settings.language"]).toBe("Sprache");
    expect(flatDe["Settings.timeZone"]).toBe("Zeitzone");
    expect(flatDe["SignIn.forgotPassword"]).toBe("Passwort vergessen");
    expect(flatDe["ForgotPassword.submit"]).toBe("Senden");
  });

  it("says each thing one way in German: An/Aus, Übernehmen, Standardwert, and links that say where they lead", () => {
    const valuesOf = (key: string) =>
      Object.entries(flatDe)
        .filter(([path]) => path.split(".").at(-1) === key)
        .map(([, text]) => text);
    expect(new Set(valuesOf("on"))).toEqual(new Set(["An"]));
    expect(new Set(valuesOf("off"))).toEqual(new Set(["Aus"]));
    expect(new Set([...valuesOf("default"), ...valuesOf("sourceDefault")])).toEqual(new Set(["Standardwert"]));
    const all = Object.values(flatDe);
    expect(all.filter((text) => /\b[Ee]rben\b/.test(text))).toEqual([]);
    // A link that reads only "Hier klicken" tells a screen-reader user nothing about where it goes.
    expect(all.filter((text) => /<link>\s*hier klicken\s*<\/link>/i.test(text))).toEqual([]);
  });
});
