// Server actions answer by throwing (redirect, notFound); these helpers read the answer.
/** What Next's redirect() and notFound() throw, as a short answer: "redirect <url>", the 404 digest, or "returned". */
export async function answerOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string") return digest.replace(/^NEXT_REDIRECT;\w+;([^;]+);.*$/, "redirect $1");
    throw error;
  }
  return "returned";
}

export const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
