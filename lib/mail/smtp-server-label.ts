/**
 * SMTP_URL as the Admin Center shows it: scheme, user, host and port. Built from those parts rather
 * than by cutting the password out, so nothing else in the URL (its password, query options such as
 * credentials for OAuth) can slip onto a page. Null when the URL can't be read.
 */
export function smtpServerLabel(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  const user = parsed.username ? `${safeDecode(parsed.username)}@` : "";
  return `${parsed.protocol}//${user}${parsed.host}`;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
