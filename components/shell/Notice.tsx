import { getTranslations } from "next-intl/server";

// Notices arrive as ?notice=<key> after a redirect (post/redirect/get without JavaScript);
// only known keys are shown.
const KNOWN = new Set([
  "signedOut",
  "saved",
  "firstRunDone",
  "passwordResetDone",
  "mustChangePassword",
  "managerCreated",
  "managerDisabled",
  "managerEnabled",
  "managerPasswordReset",
  "grantsSaved",
]);

export async function Notice({ notice }: { notice?: string }) {
  if (!notice || !KNOWN.has(notice)) return null;
  const t = await getTranslations("Notices");
  return (
    <p role="status" className="alert alert-info">
      {t(notice)}
    </p>
  );
}
