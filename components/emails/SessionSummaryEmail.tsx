import { Section, Text } from "@react-email/components";
import { EmailFacts } from "./EmailFacts";
import { EmailFrame } from "./EmailFrame";

export type SessionSummaryEmailProps = {
  lang: string;
  heading: string;
  preview: string;
  /** Label and value, already translated and formatted for the recipient. */
  facts: [string, string][];
  notesLabel: string;
  notes: string;
  footer: string;
};

/** The summary of a completed session, sent to the portal's completed-session address. */
export function SessionSummaryEmail({
  lang,
  heading,
  preview,
  facts,
  notesLabel,
  notes,
  footer,
}: SessionSummaryEmailProps) {
  return (
    <EmailFrame lang={lang} preview={preview} heading={heading} width={560}>
      <EmailFacts facts={facts} />
      {notes ? (
        <Section>
          <Text style={{ marginBottom: "4px" }}>
            <strong>{notesLabel}:</strong>
          </Text>
          <Text style={{ whiteSpace: "pre-wrap", marginTop: 0 }}>{notes}</Text>
        </Section>
      ) : null}
      <Text style={{ color: "#555555" }}>{footer}</Text>
    </EmailFrame>
  );
}
