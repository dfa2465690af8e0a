// Server actions answer by throwing (redirect, notFound); these helpers read the answer.
import { FLASH_COOKIE } from "@/lib/flash/flash";
import { cookieSet, newRequest } from "@/test/fake-request";

/**
 * What Next's redirect() and notFound() throw, as a short answer: "redirect <url>" (with the flash
 * it leaves for that page, e.g. "redirect /admin/mail + notice:emailsRetried:1"), the 404 digest, or
 * "returned". Tests that read flashes mock next/headers with test/fake-request.
 */
export async function answerOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string") throw error;
    const answer = digest.replace(/^NEXT_REDIRECT;\w+;([^;]+);.*$/, "redirect $1");
    const flash = cookieSet(FLASH_COOKIE)?.value;
    return flash && answer.startsWith("redirect ") ? `${answer} + ${flash}` : answer;
  } finally {
    newRequest();
  }
  return "returned";
}

export const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
