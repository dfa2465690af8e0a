import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { ScrollTable } from "@/components/shell/ScrollRegion";
import type { FieldRow, ResponseRow, Rule, TypeLabel } from "@/lib/api/reference/reference-model";

/** The document's descriptions mark names with `backticks`; they are shown as code, nothing else is parsed. */
export function DocText({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <>
      {text
        .split("`")
        .map((part, index) =>
          index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
        )}
    </>
  );
}

/** An id from a name of the document: ids must not hold spaces (aria-labelledby lists ids by spaces). */
export const anchor = (kind: string, name: string) => `${kind}-${name.replace(/[^A-Za-z0-9_-]+/g, "-")}`;

export const schemaAnchor = (name: string) => anchor("schema", name);

function TypeCell({ type }: { type: TypeLabel }) {
  if (!type.schema) return <code>{type.text}</code>;
  const [before, after] = splitAround(type.text, type.schema);
  return (
    <code>
      {before}
      <a href={`#${schemaAnchor(type.schema)}`}>{type.schema}</a>
      {after}
    </code>
  );
}

function splitAround(text: string, name: string): [string, string] {
  const at = text.indexOf(name);
  return at === -1 ? ["", ""] : [text.slice(0, at), text.slice(at + name.length)];
}

async function RuleList({ rules }: { rules: Rule[] }) {
  const t = await getTranslations("ApiReference.rules");
  if (rules.length === 0) return null;
  return (
    <ul className="inline-list muted">
      {rules.map((rule) => (
        <li key={rule.kind}>
          {t(rule.kind)}: <code>{String(rule.value)}</code>
        </li>
      ))}
    </ul>
  );
}

/** The fields of a body or schema; with `location`, path, query and header parameters. */
export async function FieldTable({
  fields,
  caption,
}: {
  fields: (FieldRow & { location?: string })[];
  caption: string;
}) {
  const t = await getTranslations("ApiReference");
  const parameters = fields.some((field) => field.location !== undefined);
  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{parameters ? t("columns.parameter") : t("columns.field")}</th>
          {parameters ? <th scope="col">{t("columns.location")}</th> : null}
          <th scope="col">{t("columns.type")}</th>
          <th scope="col">{t("columns.required")}</th>
          <th scope="col">{t("columns.description")}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={`${field.location ?? ""}-${field.name}`}>
            <th scope="row">
              <code>{field.name}</code>
            </th>
            {parameters ? <td>{field.location}</td> : null}
            <td>
              <TypeCell type={field.type} />
            </td>
            <td>{field.required ? t("yes") : t("no")}</td>
            <td>
              <DocText text={field.description} />
              <RuleList rules={field.rules} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Every status an operation answers, with its body; an unnamed body's fields follow the table. */
export async function ResponseTable({ responses, caption }: { responses: ResponseRow[]; caption: string }) {
  const t = await getTranslations("ApiReference");
  return (
    <>
      <ScrollTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col">{t("columns.description")}</th>
            <th scope="col">{t("columns.body")}</th>
          </tr>
        </thead>
        <tbody>
          {responses.map((response) => (
            <tr key={response.status}>
              <th scope="row">
                <code>{response.status}</code>
              </th>
              <td>
                <DocText text={response.description} />
              </td>
              <td>
                {response.type ? (
                  <>
                    <TypeCell type={response.type} /> <span className="muted">({response.mediaType})</span>
                  </>
                ) : (
                  t("noBody")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {responses
        .filter((response) => response.fields.length > 0)
        .map((response) => (
          <FieldTable
            key={response.status}
            fields={response.fields}
            caption={t("responseFields", { caption, status: response.status })}
          />
        ))}
    </>
  );
}
