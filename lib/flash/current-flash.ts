import "server-only";
import { headers } from "next/headers";
import { FLASH_HEADER, type Flash, parseFlash } from "./flash";

/** The flash this response shows, as the proxy took it from its cookie (decision record 16); none on a POST. */
export async function currentFlash(): Promise<Flash | null> {
  return parseFlash((await headers()).get(FLASH_HEADER));
}
