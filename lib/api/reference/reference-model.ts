// The OpenAPI document as the reference page shows it: operations grouped by tag, their parameters,
// request body fields and responses, and the named schemas they refer to. Built from the document
// alone, so an operation added to V1_OPERATIONS appears on the page without touching it.

type Json = Record<string, unknown>;

/** What a schema's words say about the values it accepts, for the reader (not a validator). */
export type Rule =
  | { kind: "minLength" | "maxLength" | "minimum" | "maximum" | "minItems" | "maxItems"; value: number }
  | { kind: "default" | "pattern"; value: string };

/** How a value is typed: words, and the named schema it is when it is one (linked on the page). */
export type TypeLabel = { text: string; schema?: string };

export type FieldRow = {
  /** "name", "owner.loginId", "agents[].teamId". */
  name: string;
  type: TypeLabel;
  required: boolean;
  description?: string;
  rules: Rule[];
};

export type ParameterRow = FieldRow & { location: string };

export type ResponseRow = {
  status: string;
  description: string;
  mediaType?: string;
  type?: TypeLabel;
  /** The fields of a body that is not a named schema (a page envelope, say). */
  fields: FieldRow[];
};

export type ReferenceOperation = {
  method: string;
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  parameters: ParameterRow[];
  requestBody?: { mediaType: string; type: TypeLabel; fields: FieldRow[] };
  responses: ResponseRow[];
};

export type ReferenceModel = {
  title: string;
  version: string;
  description?: string;
  serverUrl?: string;
  tags: { name: string; operations: ReferenceOperation[] }[];
  schemas: { name: string; description?: string; type: TypeLabel; fields: FieldRow[] }[];
};

const METHODS = ["get", "post", "put", "patch", "delete"] as const;
/** Schemas zod-openapi names itself (`__schema0`…) are not the API's names: shown inline, not linked. */
const GENERATED_NAME = /^__schema\d+$/;
/** Deep enough for any body the API takes; a guard against a schema that refers to itself inline. */
const MAX_DEPTH = 6;
/** zod's `.int()` writes the safe-integer bounds, which say nothing to a reader. */
const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

class SchemaReader {
  constructor(private readonly components: Json) {}

  refName(schema: Json): string | undefined {
    const ref = text(schema.$ref);
    return ref?.startsWith("#/components/schemas/") ? ref.slice("#/components/schemas/".length) : undefined;
  }

  /**
   * The schema a `$ref` points to (followed to the end), with the name it was reached by. OpenAPI 3.1
   * lets keywords stand beside a `$ref` (zod-openapi puts a parameter's default and description
   * there): those of the referring schema win over the referred one's.
   */
  resolve(schema: unknown): { schema: Json; named?: string } {
    let current: unknown = schema;
    let named: string | undefined;
    let beside: Json = {};
    for (let hops = 0; hops < 10 && isObject(current); hops++) {
      const name = this.refName(current);
      if (!name) break;
      const { $ref: _ref, ...keywords } = current;
      beside = { ...keywords, ...beside };
      if (!GENERATED_NAME.test(name)) named ??= name;
      current = this.components[name];
    }
    return { schema: { ...(isObject(current) ? current : {}), ...beside }, named };
  }

  typeOf(raw: unknown, depth = 0): TypeLabel {
    const { schema, named } = this.resolve(raw);
    if (named) return { text: named, schema: named };
    if (depth > MAX_DEPTH) return { text: "…" };
    const union = (Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : null) as
      unknown[] | null;
    if (union)
      return joined(
        union.map((part) => this.typeOf(part, depth + 1)),
        " | ",
      );
    if (Array.isArray(schema.allOf))
      return joined(
        schema.allOf.map((part) => this.typeOf(part, depth + 1)),
        " & ",
      );
    if (Array.isArray(schema.enum)) return { text: schema.enum.map((value) => JSON.stringify(value)).join(" | ") };
    if ("const" in schema) return { text: JSON.stringify(schema.const) };
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
      (type): type is string => typeof type === "string",
    );
    if (types.length === 0) return { text: isObject(schema.properties) ? "object" : "any" };
    if (types.includes("object") && !isObject(schema.properties) && isObject(schema.additionalProperties)) {
      // A map (zod's record): its keys and what each holds.
      const keys = schema.propertyNames ? this.typeOf(schema.propertyNames, depth + 1).text : "string";
      const values = this.typeOf(schema.additionalProperties, depth + 1);
      return { text: `object (${keys} → ${values.text})`, schema: values.schema };
    }
    const labels = types.map((type): TypeLabel => {
      if (type === "array") {
        const items = this.typeOf(schema.items, depth + 1);
        return { text: `array of ${items.text}`, schema: items.schema };
      }
      const format = text(schema.format);
      return { text: format ? `${type} (${format})` : type };
    });
    return joined(labels, " | ");
  }

  rules(raw: unknown): Rule[] {
    const { schema } = this.resolve(raw);
    const rules: Rule[] = [];
    for (const kind of ["minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"] as const) {
      const value = schema[kind];
      if (typeof value === "number" && Math.abs(value) < SAFE_INTEGER) rules.push({ kind, value });
    }
    // A pattern zod derives from a format (date-time, e-mail) is the format, already named in the type.
    const pattern = text(schema.pattern);
    if (pattern && !text(schema.format)) rules.push({ kind: "pattern", value: pattern });
    if ("default" in schema) rules.push({ kind: "default", value: JSON.stringify(schema.default) });
    return rules;
  }

  description(raw: unknown, outer?: Json): string | undefined {
    return text(outer?.description) ?? text(this.resolve(raw).schema.description);
  }

  /**
   * The fields of an object schema, nested ones under dotted names; arrays of objects as "name[]".
   * A named schema inside is not expanded: the page links to it instead.
   */
  fields(raw: unknown, prefix = "", depth = 0): FieldRow[] {
    const { schema } = this.resolve(raw);
    if (depth > MAX_DEPTH) return [];
    if (schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array"))) {
      const items = this.resolve(schema.items);
      // Only a body that is a list itself gets here: fields of its items are "[].name".
      return items.named ? [] : this.fields(schema.items, `${prefix}[].`, depth + 1);
    }
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    return Object.entries(properties).flatMap(([key, property]) => {
      const name = `${prefix}${key}`;
      const row: FieldRow = {
        name,
        type: this.typeOf(property),
        required: required.has(key),
        description: this.description(property, isObject(property) ? property : undefined),
        rules: this.rules(property),
      };
      return [row, ...this.nested(property, name, depth + 1)];
    });
  }

  /** Rows for what sits inside a field that is an inline object or a list of them. */
  private nested(property: unknown, name: string, depth: number): FieldRow[] {
    const { schema, named } = this.resolve(property);
    if (named) return [];
    const isArray = schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array"));
    if (isArray) {
      const items = this.resolve(schema.items);
      return items.named ? [] : this.fields(schema.items, `${name}[].`, depth);
    }
    if (isObject(schema.properties)) return this.fields(schema, `${name}.`, depth);
    if (isObject(schema.additionalProperties)) {
      const values = this.resolve(schema.additionalProperties);
      return values.named ? [] : this.fields(schema.additionalProperties, `${name}.*.`, depth);
    }
    const union = [
      ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
      ...(Array.isArray(schema.oneOf) ? schema.oneOf : []),
    ];
    // A nullable object (`object | null`): its fields all the same.
    const objects = union.filter((part) => {
      const resolved = this.resolve(part);
      return !resolved.named && isObject(resolved.schema.properties);
    });
    return objects.length === 1 ? this.fields(objects[0], `${name}.`, depth) : [];
  }
}

function joined(labels: TypeLabel[], separator: string): TypeLabel {
  const named = labels.filter((label) => label.schema);
  return {
    text: labels.map((label) => label.text).join(separator),
    schema: named.length === 1 ? named[0]!.schema : undefined,
  };
}

/** The first media type of a content map and its schema. */
function firstContent(content: unknown): { mediaType: string; schema: unknown } | undefined {
  if (!isObject(content)) return undefined;
  const [entry] = Object.entries(content);
  if (!entry) return undefined;
  const [mediaType, media] = entry;
  return { mediaType, schema: isObject(media) ? media.schema : undefined };
}

function operationOf(reader: SchemaReader, method: string, path: string, operation: Json): ReferenceOperation {
  const parameters = (Array.isArray(operation.parameters) ? operation.parameters : [])
    .filter(isObject)
    .map((parameter): ParameterRow => ({
      name: text(parameter.name) ?? "",
      location: text(parameter.in) ?? "",
      type: reader.typeOf(parameter.schema),
      required: parameter.required === true,
      description: reader.description(parameter.schema, parameter),
      rules: reader.rules(parameter.schema),
    }));
  const body = isObject(operation.requestBody) ? firstContent(operation.requestBody.content) : undefined;
  const responses = Object.entries(isObject(operation.responses) ? operation.responses : {}).map(
    ([status, response]): ResponseRow => {
      const content = isObject(response) ? firstContent(response.content) : undefined;
      const type = content ? reader.typeOf(content.schema) : undefined;
      return {
        status,
        description: (isObject(response) && text(response.description)) || "",
        mediaType: content?.mediaType,
        type,
        fields: content && !type?.schema ? reader.fields(content.schema) : [],
      };
    },
  );
  return {
    method: method.toUpperCase(),
    path,
    operationId: text(operation.operationId) ?? `${method}-${path}`,
    summary: text(operation.summary) ?? "",
    description: text(operation.description),
    parameters,
    requestBody: body
      ? { mediaType: body.mediaType, type: reader.typeOf(body.schema), fields: reader.fields(body.schema) }
      : undefined,
    responses,
  };
}

/** Reads an OpenAPI 3.1 document (as lib/api/openapi-document.ts writes it) into the page's model. */
export function referenceModel(document: unknown): ReferenceModel {
  const doc = isObject(document) ? document : {};
  const info = isObject(doc.info) ? doc.info : {};
  const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const reader = new SchemaReader(components);
  const tags = new Map<string, ReferenceOperation[]>();
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const tagNames = Array.isArray(operation.tags) ? operation.tags.filter((tag) => typeof tag === "string") : [];
      const tag = tagNames[0] ?? "API";
      tags.set(tag, [...(tags.get(tag) ?? []), operationOf(reader, method, path, operation)]);
    }
  }
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isObject) : [];
  return {
    title: text(info.title) ?? "API",
    version: text(info.version) ?? "",
    description: text(info.description),
    serverUrl: text(servers[0]?.url),
    tags: [...tags.entries()].map(([name, operations]) => ({ name, operations })),
    schemas: Object.entries(components)
      .filter(([name]) => !GENERATED_NAME.test(name))
      .map(([name, schema]) => ({
        name,
        description: reader.description(schema),
        type: { text: isObject(schema) && isObject(schema.properties) ? "object" : reader.typeOf(schema).text },
        fields: reader.fields(schema),
      })),
  };
}
