import { describe, expect, it } from "vitest";
import { newPasswordField } from "@/lib/validation/fields";
import { isCommonPassword } from "./common-passwords";

describe("isCommonPassword", () => {
  it.each(["password", "PASSWORD", "qwertyuiop", "1qaz2wsx3edc", "Password2024!", "!!qwertyuiop1", "Sommer2026"])(
    "knows %j",
    (password) => expect(isCommonPassword(password)).toBe(true),
  );

  it.each(["Lotse-Demo-2026", "Kaffee mit Milch im Büro", "correct horse battery staple", "Pw-a1b2c3d4e5-7x"])(
    "accepts %j",
    (password) => expect(isCommonPassword(password)).toBe(false),
  );
});

describe("a new password", () => {
  it.each([
    ["elf Zeichen", "passwordTooShort"],
    ["qwerty123456", "passwordCommon"],
    ["Password2024!", "passwordCommon"],
  ])("%j is refused (%s)", (password, message) => {
    const result = newPasswordField.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it.each(["nur kleine buchstaben", "ZWÖLF ZEICHEN", "2718281828459045"])(
    "needs no particular kinds of characters: %j",
    (password) => expect(newPasswordField.safeParse(password).success).toBe(true),
  );
});
