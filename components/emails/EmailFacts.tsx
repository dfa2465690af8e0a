import { Section, Text } from "@react-email/components";

/** "Label: value" lines at the top of a mail, already translated and formatted for the recipient. */
export function EmailFacts({ facts }: { facts: [string, string][] }) {
  return (
    <Section>
      {facts.map(([label, value]) => (
        <Text key={label} style={{ margin: "4px 0" }}>
          <strong>{label}:</strong> {value}
        </Text>
      ))}
    </Section>
  );
}
