import { headers } from "next/headers";
import { FormAlert } from "@/components/forms/FormAlert";

/**
 * A form too large for any action is turned back by the proxy (proxy.ts) to the page it came from,
 * with ?error=formTooLarge: the page says so at the top, whichever form it was.
 */
export async function RequestTooLargeAlert() {
  const path = (await headers()).get("x-lotse-pathname") ?? "";
  const query = new URLSearchParams(path.split("?")[1] ?? "");
  return <FormAlert error={query.get("error") === "formTooLarge" ? "formTooLarge" : undefined} />;
}
