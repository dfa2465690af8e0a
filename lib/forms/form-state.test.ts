import { describe, expect, it } from "vitest";
import { fieldOrderOf, submittedValues } from "./form-state";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("what a failed form carries back", () => {
  const sent = form([
    ["$ACTION_ID_1", ""],
    ["name", "Ada"],
    ["password", "geheim"],
    ["replayPassphrase", "auch geheim"],
    ["teamIds", "a"],
    ["teamIds", "b"],
    ["email", ""],
  ]);

  it("the values sent, without secrets or Next's own fields", () => {
    expect(submittedValues(sent)).toEqual({ name: "Ada", teamIds: "b", email: "" });
  });

  it("the fields in the order they were sent, each once", () => {
    expect(fieldOrderOf(sent)).toEqual(["name", "password", "replayPassphrase", "teamIds", "email"]);
  });
});
