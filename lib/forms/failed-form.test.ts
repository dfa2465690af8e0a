import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors/domain-errors";
import { formStateFromError } from "./failed-form";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("formStateFromError", () => {
  it("hands back the errors, the values without secrets and the fields in the order they were sent", async () => {
    const sent = form([
      ["$ACTION_ID_1", ""],
      ["name", "Ada"],
      ["password", "geheim"],
      ["teamIds", "a"],
      ["teamIds", "b"],
      ["email", ""],
    ]);
    expect(
      await formStateFromError(new ValidationError({ email: "emailRequired", password: "passwordTooShort" }), sent),
    ).toEqual({
      fieldErrors: { email: "emailRequired", password: "passwordTooShort" },
      values: { name: "Ada", teamIds: "b", email: "" },
      fieldOrder: ["name", "password", "teamIds", "email"],
    });
  });

  it("lets any other failure through", async () => {
    const failure = new Error("database gone");
    await expect(formStateFromError(failure, form([]))).rejects.toBe(failure);
  });
});
