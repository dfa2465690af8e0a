import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation/fields";
import { errorKeyOr, formFieldErrors, isApiFieldKey, isErrorKey } from "./error-key";

describe("error keys known only at run time", () => {
  it("knows the Errors namespace's messages, nested ones too, and nothing else", () => {
    expect(isErrorKey("loginIdRequired")).toBe(true);
    expect(isErrorKey("signInElsewhere.agent")).toBe(true);
    expect(isErrorKey("signInElsewhere")).toBe(false);
    expect(isErrorKey("toString")).toBe(false);
    expect(isErrorKey("Invalid input: expected string, received undefined")).toBe(false);
    expect(isErrorKey(undefined)).toBe(false);
    expect(isApiFieldKey("scimInvalidPath")).toBe(true);
    expect(isApiFieldKey("loginIdRequired")).toBe(false);
  });

  it("reads an unknown text as the given or the general fallback", () => {
    expect(errorKeyOr("tooLong")).toBe("tooLong");
    expect(errorKeyOr("nonsense", "messageRequired")).toBe("messageRequired");
    expect(errorKeyOr("nonsense")).toBe("entryInvalid");
    expect(formFieldErrors({ name: "tooLong", Operations: "scimInvalidPath" })).toEqual({
      name: "tooLong",
      Operations: "entryInvalid",
    });
  });

  it("gives a form our key for a schema's message and the fallback for zod's own words", () => {
    const schema = z.object({ name: z.string().min(1, "teamNameRequired"), size: z.number() });
    const parsed = schema.safeParse({ name: "", size: "x" });
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(fieldErrorsOf(parsed.error)).toEqual({ name: "teamNameRequired", size: "entryInvalid" });
  });
});
