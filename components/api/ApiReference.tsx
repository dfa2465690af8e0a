import { getTranslations } from "next-intl/server";
import type { ReferenceModel, ReferenceOperation } from "@/lib/api/reference/reference-model";
import { anchor, DocText, FieldTable, ResponseTable, schemaAnchor } from "./ReferenceTables";

const operationAnchor = (operation: ReferenceOperation) => anchor("op", operation.operationId);

/**
 * The OpenAPI document as a page: contents, then per tag each operation with its method and path,
 * summary and description, parameters, request body fields and responses; then the named schemas
 * the operations refer to. Headings h2 (tag), h3 (operation), h4 (its parts).
 */
export async function ApiReference({ model, basePath }: { model: ReferenceModel; basePath: string }) {
  const t = await getTranslations("ApiReference");
  const fullPath = (operation: ReferenceOperation) => `${basePath}${operation.path}`;
  return (
    <div className="stack api-reference">
      <nav aria-labelledby="contents-heading">
        <h2 id="contents-heading">{t("contents")}</h2>
        <ul className="problems">
          {model.tags.map((tag) => (
            <li key={tag.name}>
              {tag.name}
              <ul className="problems">
                {tag.operations.map((operation) => (
                  <li key={operation.operationId}>
                    <a href={`#${operationAnchor(operation)}`}>
                      <code>
                        {operation.method} {fullPath(operation)}
                      </code>
                    </a>{" "}
                    – {operation.summary}
                  </li>
                ))}
              </ul>
            </li>
          ))}
          {model.schemas.length > 0 ? (
            <li>
              <a href="#schemas-heading">{t("schemas")}</a>
            </li>
          ) : null}
        </ul>
      </nav>
      {model.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={anchor("tag", tag.name)} className="stack">
          <h2 id={anchor("tag", tag.name)}>{tag.name}</h2>
          {tag.operations.map((operation) => (
            <Operation key={operation.operationId} operation={operation} path={fullPath(operation)} />
          ))}
        </section>
      ))}
      {model.schemas.length > 0 ? (
        <section aria-labelledby="schemas-heading" className="stack">
          <h2 id="schemas-heading" tabIndex={-1}>
            {t("schemas")}
          </h2>
          {model.schemas.map((schema) => (
            <article key={schema.name} aria-labelledby={schemaAnchor(schema.name)} className="api-entry stack">
              <h3 id={schemaAnchor(schema.name)} tabIndex={-1}>
                <code>{schema.name}</code>
              </h3>
              {schema.description ? (
                <p>
                  <DocText text={schema.description} />
                </p>
              ) : null}
              {schema.fields.length > 0 ? (
                <FieldTable fields={schema.fields} caption={t("schemaFields", { name: schema.name })} />
              ) : (
                <p>
                  <code>{schema.type.text}</code>
                </p>
              )}
            </article>
          ))}
        </section>
      ) : null}
    </div>
  );
}

async function Operation({ operation, path }: { operation: ReferenceOperation; path: string }) {
  const t = await getTranslations("ApiReference");
  const name = `${operation.method} ${path}`;
  return (
    <article aria-labelledby={operationAnchor(operation)} className="api-entry stack">
      <h3 id={operationAnchor(operation)} tabIndex={-1}>
        <code>
          <span className="http-method">{operation.method}</span> {path}
        </code>
      </h3>
      <p>
        <strong>
          <DocText text={operation.summary} />
        </strong>
      </p>
      {operation.description ? (
        <p>
          <DocText text={operation.description} />
        </p>
      ) : null}
      <p className="muted">
        {t("operationId")}: <code>{operation.operationId}</code>
      </p>
      <h4>{t("parameters")}</h4>
      {operation.parameters.length > 0 ? (
        <FieldTable fields={operation.parameters} caption={t("parametersOf", { name })} />
      ) : (
        <p>{t("noParameters")}</p>
      )}
      <h4>{t("requestBody")}</h4>
      {operation.requestBody ? (
        <>
          <p>
            <code>{operation.requestBody.mediaType}</code>: <code>{operation.requestBody.type.text}</code>
          </p>
          <FieldTable fields={operation.requestBody.fields} caption={t("requestBodyOf", { name })} />
        </>
      ) : (
        <p>{t("noRequestBody")}</p>
      )}
      <h4>{t("responses")}</h4>
      <ResponseTable responses={operation.responses} caption={t("responsesOf", { name })} />
    </article>
  );
}
