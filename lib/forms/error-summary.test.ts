import { describe, expect, it } from "vitest";
import { summaryItems } from "./error-summary";

describe("summaryItems", () => {
  it("links each error to its field, in the order of the fields on the page", () => {
    expect(summaryItems({ password: "passwordRequired", loginId: "loginIdRequired" }, ["loginId", "password"])).toEqual(
      [
        { field: "loginId", error: "loginIdRequired", href: "#field-loginId" },
        { field: "password", error: "passwordRequired", href: "#field-password" },
      ],
    );
  });

  it("puts an error of the whole form first, as text", () => {
    expect(summaryItems({ name: "teamNameRequired", form: "notFound" }, ["name"])).toEqual([
      { field: "form", error: "notFound", href: null },
      { field: "name", error: "teamNameRequired", href: "#field-name" },
    ]);
  });

  it("keeps errors of fields the browser did not send after the others, in the action's order", () => {
    expect(
      summaryItems({ teamIds: "teamsRequired", rights: "tooLong", name: "managerNameRequired" }, ["name", "email"]).map(
        (item) => item.field,
      ),
    ).toEqual(["name", "teamIds", "rights"]);
  });

  it("keeps the action's order when it sent no field order", () => {
    expect(summaryItems({ b: "tooLong", a: "required" }).map((item) => item.field)).toEqual(["b", "a"]);
  });

  it("leads where the form says: a radio group's first radio, or nowhere", () => {
    expect(
      summaryItems({ outcome: "outcomeRequired", week: "weekInvalid" }, [], {
        outcome: "outcome-resolved",
        week: null,
      }),
    ).toEqual([
      { field: "outcome", error: "outcomeRequired", href: "#outcome-resolved" },
      { field: "week", error: "weekInvalid", href: null },
    ]);
  });
});
