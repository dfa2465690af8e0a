import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { smtpUrl } from "@/lib/config/env";

let cached: { url: string; transporter: Transporter } | undefined;

/** The SMTP transport for SMTP_URL, or null when none is configured (mail then waits in the outbox). */
export function smtpTransport(): Transporter | null {
  const url = smtpUrl();
  if (!url) return null;
  if (cached?.url !== url) {
    cached = {
      url,
      // The socket timeout (nodemailer's default: 10 minutes) must stay well inside the outbox's
      // send lease (deliver-due-emails.ts), or a stalled send could be claimed and sent again.
      transporter: nodemailer.createTransport(url, {
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 60_000,
      }),
    };
  }
  return cached.transporter;
}
