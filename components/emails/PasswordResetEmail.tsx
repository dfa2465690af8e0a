import { Button, Text } from "@react-email/components";
import { EmailFrame } from "./EmailFrame";

export type PasswordResetEmailProps = {
  lang: string;
  texts: {
    preview: string;
    heading: string;
    greeting: string;
    intro: string;
    button: string;
    validity: string;
    ignore: string;
  };
  resetUrl: string;
};

/** The "Passwort vergessen" mail. Texts arrive translated into the recipient's language. */
export function PasswordResetEmail({ lang, texts, resetUrl }: PasswordResetEmailProps) {
  return (
    <EmailFrame lang={lang} preview={texts.preview} heading={texts.heading}>
      <Text>{texts.greeting}</Text>
      <Text>{texts.intro}</Text>
      <Button
        href={resetUrl}
        style={{ backgroundColor: "#1d4ed8", color: "#ffffff", padding: "10px 16px", borderRadius: "6px" }}
      >
        {texts.button}
      </Button>
      <Text>{resetUrl}</Text>
      <Text>{texts.validity}</Text>
      <Text style={{ color: "#555555" }}>{texts.ignore}</Text>
    </EmailFrame>
  );
}
