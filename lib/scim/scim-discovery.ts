import "server-only";
import {
  GROUP_SCHEMA,
  RESOURCE_TYPE_SCHEMA,
  SCHEMA_SCHEMA,
  SCIM_MAX_RESULTS,
  scimLocation,
  SERVICE_PROVIDER_CONFIG_SCHEMA,
  USER_SCHEMA,
} from "./scim-schemas";

/** What this service provider supports (RFC 7643 §5), exactly as the operations implement it. */
export function serviceProviderConfig() {
  return {
    schemas: [SERVICE_PROVIDER_CONFIG_SCHEMA],
    documentationUri: "https://www.rfc-editor.org/rfc/rfc7644",
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_MAX_RESULTS },
    // A password sent with PUT or PATCH is set, and must be changed at the agent's next sign-in.
    changePassword: { supported: true },
    sort: { supported: false },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "API token",
        description: "A personal API token of an API manager (Management Center › API): Authorization: Bearer lotse_…",
        primary: true,
      },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: scimLocation("/ServiceProviderConfig") },
  };
}

type Attribute = {
  name: string;
  type: "string" | "boolean" | "complex" | "reference" | "dateTime";
  multiValued?: boolean;
  required?: boolean;
  caseExact?: boolean;
  mutability?: "readOnly" | "readWrite" | "immutable" | "writeOnly";
  returned?: "always" | "never" | "default" | "request";
  uniqueness?: "none" | "server" | "global";
  subAttributes?: Attribute[];
  referenceTypes?: string[];
};

type AttributeDefinition = Record<string, unknown>;

function attribute(a: Attribute): AttributeDefinition {
  return {
    name: a.name,
    type: a.type,
    multiValued: a.multiValued ?? false,
    description: a.name,
    required: a.required ?? false,
    caseExact: a.caseExact ?? false,
    mutability: a.mutability ?? "readWrite",
    returned: a.returned ?? "default",
    uniqueness: a.uniqueness ?? "none",
    ...(a.referenceTypes ? { referenceTypes: a.referenceTypes } : {}),
    ...(a.subAttributes ? { subAttributes: a.subAttributes.map(attribute) } : {}),
  };
}

const str = (name: string, more: Partial<Attribute> = {}): Attribute => ({ name, type: "string", ...more });

/** The attributes Lotse keeps; others sent by a client are accepted and not stored. */
const USER_ATTRIBUTES: Attribute[] = [
  str("userName", { required: true, uniqueness: "server" }),
  {
    name: "name",
    type: "complex",
    subAttributes: [
      str("givenName", { required: true }),
      str("familyName", { required: true }),
      str("formatted", { mutability: "readOnly" }),
    ],
  },
  str("displayName"),
  str("password", { mutability: "writeOnly", returned: "never", caseExact: true }),
  {
    name: "emails",
    type: "complex",
    multiValued: true,
    subAttributes: [str("value"), str("type"), { name: "primary", type: "boolean" }],
  },
  { name: "active", type: "boolean" },
  {
    name: "groups",
    type: "complex",
    multiValued: true,
    mutability: "readOnly",
    subAttributes: [
      str("value", { mutability: "readOnly" }),
      str("display", { mutability: "readOnly" }),
      { name: "$ref", type: "reference", referenceTypes: ["Group"], mutability: "readOnly" },
    ],
  },
];

const GROUP_ATTRIBUTES: Attribute[] = [
  str("displayName", { required: true }),
  {
    name: "members",
    type: "complex",
    multiValued: true,
    subAttributes: [
      str("value", { mutability: "immutable" }),
      str("display", { mutability: "readOnly" }),
      { name: "$ref", type: "reference", referenceTypes: ["User"], mutability: "immutable" },
    ],
  },
];

function schema(id: string, name: string, description: string, attributes: Attribute[]) {
  return {
    schemas: [SCHEMA_SCHEMA],
    id,
    name,
    description,
    attributes: attributes.map(attribute),
    meta: { resourceType: "Schema", location: scimLocation(`/Schemas/${id}`) },
  };
}

export function scimSchemas() {
  return [
    schema(USER_SCHEMA, "User", "An agent (Mitarbeiter).", USER_ATTRIBUTES),
    schema(GROUP_SCHEMA, "Group", "A team; its members are the agents in it.", GROUP_ATTRIBUTES),
  ];
}

export function scimResourceTypes() {
  return [
    { id: "User", name: "User", endpoint: "/Users", description: "Agents", schema: USER_SCHEMA },
    { id: "Group", name: "Group", endpoint: "/Groups", description: "Teams", schema: GROUP_SCHEMA },
  ].map((type) => ({
    schemas: [RESOURCE_TYPE_SCHEMA],
    ...type,
    meta: { resourceType: "ResourceType", location: scimLocation(`/ResourceTypes/${type.id}`) },
  }));
}
