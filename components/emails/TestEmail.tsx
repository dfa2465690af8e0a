import { Text } from "@react-email/components";
import { EmailFrame } from "./EmailFrame";

export type TestEmailProps = {
  lang: string;
  texts: { preview: string; heading: string; body: string; footer: string };
};

/** Admin Center › E-Mail-Versand › "Test-E-Mail senden": proves that mail from Lotse arrives. */
export function TestEmail({ lang, texts }: TestEmailProps) {
  return (
    <EmailFrame lang={lang} preview={texts.preview} heading={texts.heading}>
      <Text>{texts.body}</Text>
      <Text style={{ color: "#555555" }}>{texts.footer}</Text>
    </EmailFrame>
  );
}
