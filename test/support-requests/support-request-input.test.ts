import { describe, expect, it } from "vitest";
import { fieldConfigsOf } from "@/lib/portals/portal-fields";
import type { PortalType } from "@/lib/portals/portal-types";
import { parseSupportRequest } from "@/lib/support-requests/support-request-input";

const configs = (type: PortalType, fields: Record<string, unknown> = {}) =>
  fieldConfigsOf(type, JSON.stringify(fields));
const field = (shown: boolean, required: boolean) => ({
  shown,
  required,
  label: { de: "", en: "" },
  help: { de: "", en: "" },
});

describe("parseSupportRequest", () => {
  it("question box: the question is required; by default the name too, e-mail and phone optional", () => {
    const result = parseSupportRequest(configs("questionBox"), [], {});
    expect(result).toEqual({ ok: false, fieldErrors: { name: "customerNameRequired", problem: "problemRequired" } });
    const ok = parseSupportRequest(configs("questionBox"), [], {
      name: " Ada ",
      problem: "Drucker\r\ndruckt nicht ",
    });
    expect(ok).toEqual({
      ok: true,
      values: {
        name: "Ada",
        email: "",
        phone: "",
        problem: "Drucker\ndruckt nicht",
        agentId: null,
        code: null,
      },
    });
  });

  it("follows the configuration: optional fields may stay empty, required ones not", () => {
    const c = configs("questionBox", {
      name: field(true, false),
      email: field(true, true),
      phone: field(true, true),
    });
    expect(parseSupportRequest(c, [], { problem: "Hilfe" })).toEqual({
      ok: false,
      fieldErrors: { email: "customerEmailRequired", phone: "customerPhoneRequired" },
    });
    expect(
      parseSupportRequest(c, [], {
        problem: "Hilfe",
        email: "a@example.com",
        phone: "+49 (30) 123-45",
      }).ok,
    ).toBe(true);
  });

  it("ignores hidden fields and fields the type does not have, whatever is sent", () => {
    const c = configs("contactButton", {
      name: field(false, false),
      email: field(false, true),
      phone: field(false, false),
    });
    const result = parseSupportRequest(c, [], {
      name: "x".repeat(5000),
      email: "not an address",
      problem: "not on a contact button",
      code: "abc",
      agent: "someone",
    });
    expect(result).toEqual({
      ok: true,
      values: { name: "", email: "", phone: "", problem: "", agentId: null, code: null },
    });
  });

  it("contact button: nothing required unless configured", () => {
    const c = configs("contactButton", { name: field(true, false) });
    expect(parseSupportRequest(c, [], {}).ok).toBe(true);
  });

  it("checks formats and lengths of shown fields", () => {
    const c = configs("questionBox", {
      name: field(true, false),
      email: field(true, false),
      phone: field(true, false),
    });
    const result = parseSupportRequest(c, [], {
      name: "n".repeat(101),
      email: "ada@",
      phone: "call me",
      problem: "p".repeat(2001),
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        name: "tooLong",
        email: "emailFormat",
        phone: "phoneFormat",
        problem: "tooLong",
      },
    });
    const limits = parseSupportRequest(c, [], {
      name: "n".repeat(100),
      email: `${"e".repeat(242)}@example.com`,
      phone: "1".repeat(40),
      problem: "p\r\n".repeat(666) + "pp",
    });
    expect(limits.ok).toBe(true);
    expect(parseSupportRequest(c, [], { problem: "x", email: `${"e".repeat(243)}@example.com` })).toMatchObject({
      fieldErrors: { email: "tooLong" },
    });
    expect(parseSupportRequest(c, [], { problem: "x", phone: "12-34" })).toMatchObject({
      fieldErrors: { phone: "phoneFormat" },
    });
  });

  it("connection code: six to nine digits, spaces removed", () => {
    const c = configs("connectionCode", { name: field(false, false) });
    const code = (value: string) => parseSupportRequest(c, [], { code: value, problem: "x" });
    expect(code("")).toMatchObject({ fieldErrors: { code: "connectionCodeRequired" } });
    expect(code("12345")).toMatchObject({ fieldErrors: { code: "connectionCodeFormat" } });
    expect(code("1234567890")).toMatchObject({ fieldErrors: { code: "connectionCodeFormat" } });
    expect(code("12a456")).toMatchObject({ fieldErrors: { code: "connectionCodeFormat" } });
    expect(code("１２３４５６")).toMatchObject({ fieldErrors: { code: "connectionCodeFormat" } });
    expect(code(" 123 456 ")).toMatchObject({ ok: true, values: { code: "123456" } });
    expect(code("123456789")).toMatchObject({ ok: true, values: { code: "123456789" } });
  });

  it("agent selection: the choice must be one of the agents offered", () => {
    const c = configs("agentSelection", {
      name: field(false, false),
      problem: field(false, false),
    });
    expect(parseSupportRequest(c, ["a1", "a2"], {})).toEqual({
      ok: false,
      fieldErrors: { agent: "agentChoiceRequired" },
    });
    expect(parseSupportRequest(c, ["a1", "a2"], { agent: "a3" })).toEqual({
      ok: false,
      fieldErrors: { agent: "agentChoiceInvalid" },
    });
    expect(parseSupportRequest(c, ["a1", "a2"], { agent: "a2" })).toMatchObject({
      ok: true,
      values: { agentId: "a2" },
    });
    expect(parseSupportRequest(c, [], { agent: "a2" })).toMatchObject({
      fieldErrors: { agent: "agentChoiceInvalid" },
    });
  });
});
