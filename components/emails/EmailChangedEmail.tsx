import { Body, Container, Head, Heading, Html, Preview, Text } from "@react-email/components";

export type EmailChangedEmailProps = {
  lang: string;
  texts: { preview: string; heading: string; greeting: string; body: string; warning: string };
};

/** Sent to the *old* address when a login's e-mail address changes (ASVS 2.2.3). */
export function EmailChangedEmail({ lang, texts }: EmailChangedEmailProps) {
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
          <Text>{texts.body}</Text>
          <Text style={{ fontWeight: 600 }}>{texts.warning}</Text>
        </Container>
      </Body>
    </Html>
  );
}
