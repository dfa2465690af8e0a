import { describe, expect, it } from "vitest";
import { diagnosticsStateOf } from "./diagnostics-state";

describe("diagnosticsStateOf", () => {
  it("follows the last request or decline until information is stored", () => {
    expect(diagnosticsStateOf(null, [])).toEqual({ kind: "none" });
    expect(diagnosticsStateOf(null, [{ type: "message" }, { type: "diagnosticsRequested" }])).toEqual({
      kind: "requested",
    });
    expect(diagnosticsStateOf(null, [{ type: "diagnosticsRequested" }, { type: "diagnosticsDeclined" }])).toEqual({
      kind: "declined",
    });
    expect(
      diagnosticsStateOf(null, [
        { type: "diagnosticsDeclined" },
        { type: "diagnosticsRequested" },
        { type: "message" },
      ]),
    ).toEqual({
      kind: "requested",
    });
  });

  it("shows the stored information, minus anything that does not fit the schema", () => {
    const stored = JSON.stringify({ platform: "Linux", screen: { width: 1920, height: 1080 }, extra: "dropped" });
    expect(diagnosticsStateOf(stored, [{ type: "diagnosticsRequested" }])).toEqual({
      kind: "received",
      info: { platform: "Linux", screen: { width: 1920, height: 1080 } },
    });
    expect(diagnosticsStateOf("not json", [])).toEqual({ kind: "received", info: {} });
  });
});
