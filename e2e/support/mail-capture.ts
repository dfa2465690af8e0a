// A real SMTP server on loopback for the e2e run: Lotse's outbox delivers to it over SMTP, and every
// message lands as JSON in e2e/.state/mail/, where specs wait for it with waitForMail().
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type AddressObject, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { MAIL_DIR, SMTP_PORT } from "./constants";
import { whenInDirectory } from "./directory-watch";

export type CapturedMail = { to: string[]; subject: string; text: string; html: string; file: string };

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = Array.isArray(field) ? field : field ? [field] : [];
  return objects.flatMap((o) => o.value.map((a) => (a.address ?? "").toLowerCase())).filter(Boolean);
}

export async function startMailCapture(port = SMTP_PORT): Promise<SMTPServer> {
  fs.rmSync(MAIL_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAIL_DIR, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const envelope = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
          const to = addressesOf(mail.to);
          const record = {
            to: to.length > 0 ? to : envelope,
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
          };
          const name = `${Date.now()}-${randomBytes(4).toString("hex")}.json`;
          // Write then rename, so a reader never sees half a file.
          const tmp = path.join(MAIL_DIR, `.${name}.tmp`);
          fs.writeFileSync(tmp, JSON.stringify(record, null, 2));
          fs.renameSync(tmp, path.join(MAIL_DIR, name));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => console.error("[e2e] mail capture:", error));
  return server;
}

export function stopMailCapture(server: SMTPServer): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

function readMails(): CapturedMail[] {
  if (!fs.existsSync(MAIL_DIR)) return [];
  return fs
    .readdirSync(MAIL_DIR)
    .filter((name) => name.endsWith(".json") && !name.startsWith("."))
    .sort()
    .map((name) => ({
      ...(JSON.parse(fs.readFileSync(path.join(MAIL_DIR, name), "utf8")) as Omit<CapturedMail, "file">),
      file: name,
    }));
}

/** Waits until a message to `recipient` is in the capture directory; returns the newest one. */
export async function waitForMail(recipient: string, { timeoutMs = 20_000 } = {}): Promise<CapturedMail> {
  const wanted = recipient.toLowerCase();
  return whenInDirectory(
    MAIL_DIR,
    () =>
      readMails()
        .filter((m) => m.to.includes(wanted))
        .at(-1),
    {
      timeoutMs,
      what: `an e-mail to ${recipient}`,
    },
  );
}
