import { describe, expect, it } from "vitest";
import { smtpServerLabel } from "./smtp-server-label";

describe("smtpServerLabel", () => {
  it.each([
    ["smtp://mail.example.com:587", "smtp://mail.example.com:587"],
    ["smtp://user:s3cret@mail.example.com:587", "smtp://user@mail.example.com:587"],
    ["smtps://apikey:SG.s3cret@smtp.example.com", "smtps://apikey@smtp.example.com"],
    ["smtp://no-reply%40example.com:s3cret@mail.example.com", "smtp://no-reply@example.com@mail.example.com"],
    ["smtp://:s3cret@mail.example.com:25", "smtp://mail.example.com:25"],
    ["smtp://mail.example.com/?pass=s3cret&user=x", "smtp://mail.example.com"],
    ["not a url", null],
    ["smtp:s3cret", null],
  ])("%s → %s", (url, label) => {
    expect(smtpServerLabel(url)).toBe(label);
    expect(String(smtpServerLabel(url))).not.toContain("s3cret");
  });
});
