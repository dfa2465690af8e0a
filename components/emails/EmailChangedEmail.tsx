import { Text } from "@react-email/components";
import { EmailFrame } from "./EmailFrame";

export type EmailChangedEmailProps = {
  lang: string;
  texts: { preview: string; heading: string; greeting: string; body: string; warning: string };
};

/** Sent to the *old* address when a login's e-mail address changes (ASVS 2.2.3). */
export function EmailChangedEmail({ lang, texts }: EmailChangedEmailProps) {
  return (
    <EmailFrame lang={lang} preview={texts.preview} heading={texts.heading}>
      <Text>{texts.greeting}</Text>
      <Text>{texts.body}</Text>
      <Text style={{ fontWeight: 600 }}>{texts.warning}</Text>
    </EmailFrame>
  );
}
