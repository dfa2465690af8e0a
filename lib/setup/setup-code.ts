import "server-only";
import { randomInt, timingSafeEqual } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { dataDir } from "@/lib/config/env";

// Crockford's base32 without the letters people mistake for digits: 20 of them are 100 bits.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 20;

/** Where the code waits for whoever installed Lotse: readable only by the server's user. */
export function setupCodeFile(): string {
  return path.join(dataDir(), "setup-code");
}

const normalise = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, "");

/** XXXXX-XXXXX-XXXXX-XXXXX: easy to read off a console and type. */
const formatted = (code: string) => code.match(/.{1,5}/g)!.join("-");

/**
 * The one-time code the first-run page asks for, so that whoever reaches the port first on an open
 * network cannot make themselves system administrator: it is printed to the server's console and
 * kept in the data folder until the administrator exists. Returns the code and whether it is new.
 */
export async function ensureSetupCode(): Promise<{ code: string; created: boolean }> {
  const existing = await readSetupCode();
  if (existing) return { code: formatted(existing), created: false };
  const code = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  await fs.mkdir(dataDir(), { recursive: true });
  try {
    await fs.writeFile(setupCodeFile(), `${formatted(code)}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process wrote one first: that one counts.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return { code: formatted((await readSetupCode())!), created: false };
  }
  return { code: formatted(code), created: true };
}

async function readSetupCode(): Promise<string | null> {
  try {
    const code = normalise(await fs.readFile(setupCodeFile(), "utf8"));
    return code.length === LENGTH ? code : null;
  } catch {
    return null;
  }
}

/** Compares in constant time; dashes, spaces and case don't matter. */
export async function setupCodeMatches(typed: string): Promise<boolean> {
  const expected = await readSetupCode();
  const given = normalise(typed);
  if (!expected || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

export async function removeSetupCode(): Promise<void> {
  await fs.rm(setupCodeFile(), { force: true });
}

/** Printed when the server starts on an empty install (and when the page had to make a new code). */
export function announceSetupCode(code: string): void {
  console.log(
    `\n[lotse] First run: open /setup and enter this setup code to create the system administrator:\n\n` +
      `    ${code}\n\n[lotse] (also in ${setupCodeFile()}; it stops working once the administrator exists)\n`,
  );
}
