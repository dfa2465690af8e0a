import { describe, expect, it } from "vitest";
import { attachmentDisposition, displayFileName, normalizeContentType, servedContentType } from "./file-names";

describe("file names and types", () => {
  it("keeps the last path segment without control characters, at most 200 characters with the extension", () => {
    expect(displayFileName("/home/kim/../Bericht März.pdf")).toBe("Bericht März.pdf");
    expect(displayFileName("C:\\fakepath\\a.txt")).toBe("a.txt");
    expect(displayFileName("a\tb\r\n.txt")).toBe("ab.txt");
    expect(displayFileName("Rechnung\u202Egnp\u200B\u200F.exe")).toBe("Rechnunggnp.exe");
    expect(displayFileName("x".repeat(250))).toBe("x".repeat(200));
    expect(displayFileName(`${"x".repeat(250)}.${"e".repeat(30)}`)).toHaveLength(200);
    expect(displayFileName(`${"y".repeat(250)}.tar.gz`)).toBe(`${"y".repeat(197)}.gz`);
    expect(displayFileName(`${"😀".repeat(250)}.png`)).toBe(`${"😀".repeat(196)}.png`);
    for (const bad of ["", ".", "..", " / ", "\u0007"]) expect(displayFileName(bad)).toBeNull();
  });

  it("stores a plain content type or a generic one", () => {
    expect(normalizeContentType("Text/Plain; charset=UTF-8")).toBe("text/plain");
    expect(normalizeContentType("")).toBe("application/octet-stream");
    expect(normalizeContentType("text/html\r\nX-Evil: 1")).toBe("application/octet-stream");
  });

  it("serves only harmless types as themselves", () => {
    expect(servedContentType("image/png")).toBe("image/png");
    expect(servedContentType("application/pdf")).toBe("application/pdf");
    expect(servedContentType("text/plain")).toBe("text/plain; charset=utf-8");
    for (const risky of [
      "text/html",
      "image/svg+xml",
      "application/xhtml+xml",
      "text/xml",
      "application/javascript",
      "nonsense",
    ]) {
      expect(servedContentType(risky)).toBe("application/octet-stream");
    }
  });

  it("names the attachment in ASCII and exactly (RFC 5987)", () => {
    expect(attachmentDisposition("Bericht März (1).pdf")).toBe(
      "attachment; filename=\"Bericht M_rz (1).pdf\"; filename*=UTF-8''Bericht%20M%C3%A4rz%20%281%29.pdf",
    );
    expect(attachmentDisposition('a"b\\c;d.txt')).toBe(
      "attachment; filename=\"a_b_c_d.txt\"; filename*=UTF-8''a%22b%5Cc%3Bd.txt",
    );
  });
});
