import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openApiDocument } from "@/lib/api/openapi-document";
import { defineOperation, type Operation } from "@/lib/api/operation";
import { apiReference, mayReadApiReference } from "@/lib/api/reference/api-reference";
import { referenceModel } from "@/lib/api/reference/reference-model";
import { createUserRecord, signedInPrincipal } from "@/prisma/factories";

/** Used by both operations, so zod-openapi refers to it, with its default and description beside the $ref. */
const limit = z.coerce.number().int().min(1).max(200).default(50).meta({ description: "Page size." });

const agent = z.object({ id: z.string(), loginId: z.email() }).meta({ id: "Agent", description: "An agent." });

const createAgents = defineOperation({
  method: "POST",
  path: "/teams/{teamId}/agents",
  operationId: "createAgents",
  summary: "Create agents",
  description: "All or `nothing`.",
  tags: ["Agents"],
  params: z.object({ teamId: z.string().meta({ description: "The team." }) }),
  query: z.object({ dryRun: z.coerce.boolean().default(false), limit }),
  body: z.object({
    agents: z
      .array(
        z.object({
          loginId: z.email(),
          name: z.string().min(1).max(80),
          functions: z.object({ reports: z.boolean() }).nullable().optional(),
        }),
      )
      .max(5000),
    role: z.enum(["agent", "lead"]),
    switches: z.record(z.enum(["reports", "replay"]), z.object({ on: z.boolean() })).optional(),
  }),
  conditional: true,
  responses: {
    201: {
      description: "The agents made.",
      schema: z.object({ data: z.array(agent), nextCursor: z.string().nullable() }),
    },
  },
  handle: async () => ({}),
});

const getAgent = defineOperation({
  method: "GET",
  path: "/agents/{id}",
  operationId: "getAgent",
  summary: "One agent",
  tags: ["Agents"],
  params: z.object({ id: z.string() }),
  query: z.object({ limit }),
  responses: { 200: { description: "The agent.", schema: agent } },
  handle: async () => ({}),
});

const document = openApiDocument(
  [createAgents, getAgent] as unknown as Operation[],
  { title: "Test API", version: "9", description: "For tests." },
  "http://lotse.test/api/v1",
);

describe("the API reference's model of an OpenAPI document", () => {
  const model = referenceModel(document);
  const create = model.tags[0]!.operations[0]!;

  it("groups operations by tag with method, path, summary and description", () => {
    expect(model).toMatchObject({ title: "Test API", version: "9", serverUrl: "http://lotse.test/api/v1" });
    expect(model.tags.map((tag) => tag.name)).toEqual(["Agents"]);
    expect(model.tags[0]!.operations.map((op) => `${op.method} ${op.path}`)).toEqual([
      "POST /teams/{teamId}/agents",
      "GET /agents/{id}",
    ]);
    expect(create).toMatchObject({ summary: "Create agents", description: "All or `nothing`." });
  });

  it("lists path, query and header parameters with their types, rules and descriptions", () => {
    expect(create.parameters.map((p) => [p.location, p.name, p.type.text, p.required])).toEqual([
      ["path", "teamId", "string", true],
      ["query", "dryRun", "boolean", false],
      ["query", "limit", "integer", false],
      ["header", "if-match", "string", false],
    ]);
    expect(create.parameters[0]!.description).toBe("The team.");
    expect(create.parameters[1]!.rules).toEqual([{ kind: "default", value: "false" }]);
    // A reused schema is a $ref; its default and description stand beside it.
    const limits = model.tags[0]!.operations.map((op) => op.parameters.find((p) => p.name === "limit")!);
    for (const one of limits) {
      expect(one.description).toBe("Page size.");
      expect(one.rules).toEqual([
        { kind: "minimum", value: 1 },
        { kind: "maximum", value: 200 },
        { kind: "default", value: "50" },
      ]);
    }
  });

  it("spells out the request body's fields, nested ones by path, with their rules", () => {
    const fields = Object.fromEntries(create.requestBody!.fields.map((field) => [field.name, field]));
    expect(Object.keys(fields)).toEqual([
      "agents",
      "agents[].loginId",
      "agents[].name",
      "agents[].functions",
      "agents[].functions.reports",
      "role",
      "switches",
      "switches.*.on",
    ]);
    expect(fields.switches!.type.text).toBe('object ("reports" | "replay" → object)');
    expect(fields["agents[].loginId"]!.type.text).toBe("string (email)");
    expect(fields["agents[].name"]!.rules).toEqual([
      { kind: "minLength", value: 1 },
      { kind: "maxLength", value: 80 },
    ]);
    expect(fields.agents!.rules).toEqual([{ kind: "maxItems", value: 5000 }]);
    expect(fields["agents[].functions"]!.required).toBe(false);
    expect(fields.role).toMatchObject({ required: true, type: { text: '"agent" | "lead"' } });
  });

  it("links responses to named schemas, expands unnamed ones, and lists the problems", () => {
    const statuses = create.responses.map((response) => response.status);
    expect(statuses).toEqual(expect.arrayContaining(["201", "401", "412", "422", "429"]));
    const created = create.responses.find((response) => response.status === "201")!;
    expect(created.fields.map((field) => [field.name, field.type])).toEqual([
      ["data", { text: "array of Agent", schema: "Agent" }],
      ["nextCursor", { text: "string | null" }],
    ]);
    const unauthorized = create.responses.find((response) => response.status === "401")!;
    expect(unauthorized).toMatchObject({ type: { schema: "Problem" }, mediaType: "application/problem+json" });
    const one = model.tags[0]!.operations[1]!.responses.find((response) => response.status === "200")!;
    expect(one).toMatchObject({ type: { text: "Agent", schema: "Agent" }, fields: [] });
  });

  it("describes the named schemas once, not zod-openapi's generated ones", () => {
    expect(model.schemas.map((schema) => schema.name).sort()).toEqual(["Agent", "Problem"]);
    const agentSchema = model.schemas.find((schema) => schema.name === "Agent")!;
    expect(agentSchema.description).toBe("An agent.");
    expect(agentSchema.fields.map((field) => field.name)).toEqual(["id", "loginId"]);
  });

  it("reads nothing into a document that is not one", () => {
    expect(referenceModel(null)).toEqual({
      title: "API",
      version: "",
      description: undefined,
      serverUrl: undefined,
      tags: [],
      schemas: [],
    });
  });
});

describe("who reads the API reference", () => {
  it("API managers and company managers in person; team managers, agents and tokens find nothing", async () => {
    const api = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "api" }));
    const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    const team = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "team" }));
    const agent = await signedInPrincipal(
      await createUserRecord({ kind: "agent", managementCenterAccess: true }),
      "manager",
    );
    expect([api, company, team, agent].map(mayReadApiReference)).toEqual([true, true, false, false]);
    expect(mayReadApiReference({ ...api, apiToken: { id: "t", name: "script" } })).toBe(false);
    const served = await apiReference(api);
    expect(served.tags.flatMap((tag) => tag.operations.map((op) => `${op.method} ${op.path}`))).toContain("GET /token");
    await expect(apiReference(team)).rejects.toThrow(/not found/);
    await expect(apiReference(agent)).rejects.toThrow(/not found/);
  });
});
