import type { SMTPServer } from "smtp-server";
import { stopMailCapture } from "./mail-capture";

const holder = globalThis as unknown as { lotseMailCapture?: SMTPServer };

export default async function globalTeardown() {
  if (holder.lotseMailCapture) await stopMailCapture(holder.lotseMailCapture);
  holder.lotseMailCapture = undefined;
}
