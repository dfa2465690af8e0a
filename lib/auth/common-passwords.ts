import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

// ~49,000 passwords seen most often in breaches (the list zxcvbn ships), lower-cased once.
let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase())));

// Digits and punctuation people put before or after a word to satisfy old composition rules.
const AFFIXES = /^[\d\W_]{0,6}(.*?)[\d\W_]{0,6}$/u;

/**
 * Whether a password is one of the common, breached passwords, or one of them with a few digits or
 * symbols around it ("Password2024!", "!!qwertyuiop1"). Case does not make a password less common.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return true;
  const core = AFFIXES.exec(lower)?.[1] ?? lower;
  return core.length >= 4 && core !== lower && list.has(core);
}
