import { describe, expect, it } from "vitest";
import { realmOfPath } from "./realm-of-path";

describe("realmOfPath", () => {
  it("maps each realm's pages to its session, so its user's language and time zone apply", () => {
    expect(realmOfPath("/admin/overview")).toBe("admin");
    expect(realmOfPath("/manager?next=%2Fmanager%2Fteams")).toBe("manager");
    expect(realmOfPath("/agent")).toBe("agent");
    expect(realmOfPath("/agent/sessions/abc")).toBe("agent");
    expect(realmOfPath("/agent?q=x")).toBe("agent");
    expect(realmOfPath("/agents")).toBeNull();
    expect(realmOfPath("/p/support")).toBeNull();
  });
});
