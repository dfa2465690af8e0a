import type { SMTPServer } from "smtp-server";
import { startMailCapture } from "./mail-capture";

const holder = globalThis as unknown as { lotseMailCapture?: SMTPServer };

export default async function globalSetup() {
  holder.lotseMailCapture = await startMailCapture();
}
