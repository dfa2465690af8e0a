import { Body, Button, Container, Head, Heading, Html, Preview, Text } from "@react-email/components";

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
    <Html lang={lang}>
      <Head />
      <Preview>{texts.preview}</Preview>
      <Body style={{ fontFamily: "system-ui, sans-serif", backgroundColor: "#f4f5f7" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "520px" }}>
          <Heading as="h1" style={{ fontSize: "20px" }}>
            {texts.heading}
          </Heading>
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
        </Container>
      </Body>
    </Html>
  );
}
