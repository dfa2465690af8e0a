import fs from "node:fs";
import path from "node:path";
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

  it("defines every key that the code asks for", () => {
    // Finds t("key") calls with their namespace from useTranslations/getTranslations("Namespace").
    const files = ["app", "components", "lib"].flatMap((dir) =>
      fs
        .readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((f) => /\.tsx?$/.test(f) && !f.includes("generated") && !f.endsWith(".test.ts"))
        .map((f) => path.join(dir, f)),
    );
    const missing: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(file, "utf8");
      const bindings = [
        ...source.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\("([\w.]+)"\)/g),
      ];
      bindings.forEach((binding, i) => {
        const [, name, namespace] = binding;
        // A binding's scope ends where the next binding of the same name begins (e.g. generateMetadata).
        const next = bindings.slice(i + 1).find((b) => b[1] === name);
        const scope = source.slice(binding.index, next?.index ?? source.length);
        for (const [, key] of scope.matchAll(new RegExp(`\\b${name}(?:\\.rich)?\\("([\\w.]+)"`, "g"))) {
          const full = `${namespace}.${key}`;
          if (!(full in flatEn) && !Object.keys(flatEn).some((k) => k.startsWith(`${full}.`)))
            missing.push(`${file}: ${full}`);
        }
      });
    }
    expect(missing).toEqual([]);
  });
});
