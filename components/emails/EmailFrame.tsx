import type { ReactNode } from "react";
import { Body, Container, Head, Heading, Html, Preview } from "@react-email/components";

/** What every Lotse mail shares: language, preview line, a white card with the heading. */
export function EmailFrame({
  lang,
  preview,
  heading,
  width = 520,
  children,
}: {
  lang: string;
  preview: string;
  heading: string;
  width?: number;
  children: ReactNode;
}) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ fontFamily: "system-ui, sans-serif", backgroundColor: "#f4f5f7" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: `${width}px` }}>
          <Heading as="h1" style={{ fontSize: "20px" }}>
            {heading}
          </Heading>
          {children}
        </Container>
      </Body>
    </Html>
  );
}
