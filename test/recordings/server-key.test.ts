// The server recording key (issue 17): configured, or generated once into the data folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serverRecordingKey } from "@/lib/recordings/server-key";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lotse-recording-key-"));
  process.env.LOTSE_DATA_DIR = dir;
});
afterEach(() => {
  delete process.env.LOTSE_RECORDING_KEY;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("serverRecordingKey", () => {
  it("is generated once into <data>/recording.key, readable by Lotse's user only", async () => {
    const [a, b] = await Promise.all([serverRecordingKey(), serverRecordingKey()]);
    expect(a.byteLength).toBe(32);
    expect(b).toEqual(a);
    const file = path.join(dir, "recording.key");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64")).toEqual(a);
    expect(await serverRecordingKey()).toEqual(a);
    expect(fs.readdirSync(dir)).toEqual(["recording.key"]);
  });

  it("comes from LOTSE_RECORDING_KEY when set, and nothing is written", async () => {
    const configured = Buffer.alloc(32, 7);
    process.env.LOTSE_RECORDING_KEY = configured.toString("base64");
    expect(await serverRecordingKey()).toEqual(configured);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("refuses a damaged key file instead of replacing it (that would orphan every recording)", async () => {
    fs.writeFileSync(path.join(dir, "recording.key"), "kaputt");
    await expect(serverRecordingKey()).rejects.toThrow(/recording key/);
    expect(fs.readFileSync(path.join(dir, "recording.key"), "utf8")).toBe("kaputt");
  });
});

describe("LOTSE_RECORDING_KEY", () => {
  it("must be 32 bytes in base64, or start-up stops", async () => {
    const { readSettings, SettingsError } = await import("@/lib/config/settings.mjs");
    const good = Buffer.alloc(32, 1).toString("base64");
    expect(readSettings({ LOTSE_RECORDING_KEY: good }).LOTSE_RECORDING_KEY).toBe(good);
    expect(readSettings({}).LOTSE_MAX_RECORDING_BYTES).toBe(200 * 1024 * 1024);
    for (const bad of ["geheim", Buffer.alloc(16).toString("base64"), `${good.slice(0, -2)}!=`])
      expect(() => readSettings({ LOTSE_RECORDING_KEY: bad }), bad).toThrow(SettingsError);
    // A wrong key may still be most of the right one: its value is never repeated.
    expect(() => readSettings({ LOTSE_RECORDING_KEY: "geheim" })).toThrow(/LOTSE_RECORDING_KEY=\(hidden\)/);
  });
});
