// The authorization matrix of teams and agents (issue 3): the pages of Teams and Mitarbeiter and
// their server actions, the Masseneingabe and "Alle N Treffer" included. How the matrix works:
// e2e/support/authorization-matrix.ts.
//
// Runs in the js project only: these are plain HTTP requests, the browser's JavaScript plays no part.
import { expect, test } from "./support/fixtures";
import {
  type Fields,
  matrixNames,
  matrixOrganisation,
  NOBODY,
  openMatrix,
  outsiders,
  selectionFingerprint,
  targetAgent,
} from "./support/authorization-matrix";
import { seed } from "./support/organisation";

test("authorization matrix: teams and agents", async ({ lotse, browser, baseURL, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");
  test.setTimeout(240_000);
  const names = matrixNames();
  const { t, pw, login } = names;
  const org = await seed(
    baseURL,
    matrixOrganisation(names, {
      teams: [
        { key: "Asub", name: "A-Sub", parent: "A" },
        { key: "AsubDel", name: "A-Sub-Del", parent: "A" },
        { key: "Cdel", name: `Matrix C ${t}` },
      ],
      users: [
        targetAgent(names, "A"),
        {
          key: "agentA2",
          kind: "agent",
          firstName: "Alex",
          lastName: `Sub ${t}`,
          loginId: login("agent-a2"),
          password: pw,
          team: "Asub",
        },
        {
          key: "agentADel",
          kind: "agent",
          firstName: "Adam",
          lastName: `Weg ${t}`,
          loginId: login("agent-a-del"),
          password: pw,
          team: "A",
        },
        targetAgent(names, "B"),
        // "Alle N Treffer": the search "Treffer <t>" matches one agent in A, one in A-Sub and one in B.
        ...(
          [
            ["agentAMatch1", "A"],
            ["agentAMatch2", "Asub"],
            ["agentBMatch", "B"],
          ] as const
        ).map(([key, team]) => ({
          key,
          kind: "agent" as const,
          firstName: key,
          lastName: `Treffer ${t}`,
          loginId: login(key.toLowerCase()),
          password: pw,
          team,
        })),
      ],
      bulkEntries: [{ key: "companyBulkEntry", manager: "company", status: "done", total: 2 }],
    }),
  );
  const T = org.teams as Record<"A" | "Asub" | "AsubDel" | "B" | "Cdel", string>;
  type UserKey =
    | "company"
    | "teamA"
    | "teamB"
    | "api"
    | "agentMC"
    | "agentNoAccess"
    | "agentA"
    | "agentA2"
    | "agentADel"
    | "agentB"
    | "agentAMatch1"
    | "agentAMatch2"
    | "agentBMatch";
  const U = org.users as Record<UserKey, string>;
  const matrix = await openMatrix({ lotse, browser, baseURL, names, users: org.users });
  const { contexts, db, checkPage, run, managers: matrixManagers } = matrix;

  await test.step("pages", async () => {
    await checkPage("GET /manager/teams", "/manager/teams", ["company", "teamA", "teamB"]);
    await checkPage("GET /manager/teams/new?name=x&parent=<A-sub>", `/manager/teams/new?name=x&parent=${T.Asub}`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/teams/new?name=x (top level)", "/manager/teams/new?name=x", ["company"]);
    await checkPage("GET /manager/teams/<A>", `/manager/teams/${T.A}`, ["company", "teamA"]);
    await checkPage("GET /manager/teams/<B>", `/manager/teams/${T.B}`, ["company", "teamB"]);
    await checkPage("GET /manager/teams/<A-sub>/delete", `/manager/teams/${T.Asub}/delete`, ["company", "teamA"]);
    await checkPage("GET /manager/teams/<A>/delete (team manager's own root)", `/manager/teams/${T.A}/delete`, [
      "company",
    ]);
    await checkPage("GET /manager/agents", "/manager/agents", ["company", "teamA", "teamB"]);
    await checkPage("GET /manager/agents/new", "/manager/agents/new", ["company", "teamA"]);
    await checkPage("GET /manager/agents/new/confirm", "/manager/agents/new/confirm", ["company", "teamA"]);
    await checkPage("GET /manager/agents/bulk", "/manager/agents/bulk", ["company", "teamA"]);
    await checkPage(
      "GET /manager/agents/bulk/<company's import>",
      `/manager/agents/bulk/${org.bulkEntries.companyBulkEntry!}`,
      ["company"],
    );
    await checkPage("GET /manager/agents/<agent in A>", `/manager/agents/${U.agentA}`, ["company", "teamA"]);
    await checkPage("GET /manager/agents/<agent in B>", `/manager/agents/${U.agentB}`, ["company", "teamB"]);
    await checkPage(
      "GET /manager/agents/move?id=<agent in A>&team=<A>",
      `/manager/agents/move?id=${U.agentA}&team=${T.A}`,
      ["company", "teamA"],
    );
    await checkPage(
      "GET /manager/agents/move?id=<agent in A>&team=<B>",
      `/manager/agents/move?id=${U.agentA}&team=${T.B}`,
      ["company"],
    );
    await checkPage("GET /manager/agents/delete?id=<agent in A>", `/manager/agents/delete?id=${U.agentA}`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/agents/delete?id=<agent in B> (no right)", `/manager/agents/delete?id=${U.agentB}`, [
      "company",
    ]);
    await checkPage(
      "GET /manager/agents/matches/move?team=<A>&to=<A-sub>",
      `/manager/agents/matches/move?q=&team=${T.A}&to=${T.Asub}`,
      ["company", "teamA"],
    );
    await checkPage(
      "GET /manager/agents/matches/move?team=<A>&to=<B>",
      `/manager/agents/matches/move?q=&team=${T.A}&to=${T.B}`,
      ["company"],
    );
    await checkPage(
      "GET /manager/agents/matches/move?team=<B>&to=<B>",
      `/manager/agents/matches/move?team=${T.B}&to=${T.B}`,
      ["company", "teamB"],
    );
    await checkPage("GET /manager/agents/matches/delete?team=<A>", `/manager/agents/matches/delete?team=${T.A}`, [
      "company",
      "teamA",
    ]);
    await checkPage(
      "GET /manager/agents/matches/delete?team=<B> (no right)",
      `/manager/agents/matches/delete?team=${T.B}`,
      ["company"],
    );
  });

  const team = (id: string) =>
    db<{ name: string; parentId: string | null; greeting: string; functions: string }>(
      "SELECT name, parentId, greeting, functions FROM Team WHERE id = ?",
      id,
    )[0] ?? null;
  const teamsNamed = (name: string) => db("SELECT id, parentId FROM Team WHERE name = ?", name);
  const agent = (id: string) =>
    db(
      "SELECT u.loginId, u.passwordHash, a.firstName, a.lastName, a.customField, a.teamId, a.managementCenterAccess, a.functions FROM User u JOIN AgentProfile a ON a.userId = u.id WHERE u.id = ?",
      id,
    )[0] ?? null;
  const userByLogin = (loginId: string) => db("SELECT id, kind FROM User WHERE loginId = ?", loginId)[0] ?? null;
  const pendingOf = (managerId: string) =>
    db<{ id: string; loginId: string }>(
      "SELECT id, loginId FROM PendingAgent WHERE managerId = ? ORDER BY createdAt",
      managerId,
    );
  const bulkEntriesOf = (managerId: string) => db("SELECT id FROM BulkEntry WHERE managerId = ?", managerId);

  const teamFields = (o: { teamId?: string; name: string; parentId: string; greeting?: string }): Fields => [
    ...(o.teamId ? ([["teamId", o.teamId]] as Fields) : []),
    ["name", o.name],
    ["parentId", o.parentId],
    ["availableLogins", ""],
    ["greeting", o.greeting ?? ""],
    ["cannedMessages", ""],
    ["cannedUrls", ""],
    ["maxSessions", ""],
  ];

  // Teams ---------------------------------------------------------------------------------
  const newName = (who: string) => `Neu ${who} ${t}`;
  await run({
    name: "teams: startNewTeam",
    capture: "/manager/teams",
    form: 'main form:has(input[name="name"])',
    success: /^\/manager\/teams\/new\?/,
    snapshot: () => [teamsNamed(newName("x")).length],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["name", newName("x")],
          ["parentId", T.Asub],
        ],
        note: "sub-team of a foreign team",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["name", newName("x")],
          ["parentId", T.B],
        ],
        note: "own team, without the right",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [
          ["name", newName("x")],
          ["parentId", ""],
        ],
        note: "top-level team",
      },
      ...outsiders(NOBODY, [
        ["name", newName("x")],
        ["parentId", T.Asub],
      ]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [
          ["name", newName("x")],
          ["parentId", T.Asub],
        ],
      },
      {
        principal: "company",
        expected: "allow",
        fields: [
          ["name", newName("x")],
          ["parentId", ""],
        ],
      },
    ],
  });

  await run({
    name: "teams: createTeam",
    capture: `/manager/teams/new?name=x&parent=${T.Asub}`,
    form: 'main form:has(input[name="availableLogins"])',
    success: /^\/manager\/teams\/[^/?]+ \+ notice:teamCreated$/,
    snapshot: () => [teamsNamed(newName("forged")).length],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: teamFields({ name: newName("forged"), parentId: T.Asub }),
        note: "under a foreign team",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: teamFields({ name: newName("forged"), parentId: T.B }),
        note: "own team, without the right",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: teamFields({ name: newName("forged"), parentId: "" }),
        note: "top-level team",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: teamFields({ name: newName("forged"), parentId: T.B }),
        note: "under a foreign team",
      },
      ...outsiders(NOBODY, teamFields({ name: newName("forged"), parentId: T.Asub })),
      {
        principal: "teamA",
        expected: "allow",
        fields: teamFields({ name: newName("teamA"), parentId: T.Asub }),
        verify: () => expect(teamsNamed(newName("teamA"))).toEqual([expect.objectContaining({ parentId: T.Asub })]),
      },
      {
        principal: "company",
        expected: "allow",
        fields: teamFields({ name: newName("company"), parentId: "" }),
        verify: () => expect(teamsNamed(newName("company"))).toEqual([expect.objectContaining({ parentId: null })]),
      },
    ],
  });

  const nameA = team(T.A)!.name;
  const nameB = team(T.B)!.name;
  await run({
    name: "teams: updateTeam",
    capture: `/manager/teams/${T.A}`,
    form: 'main form:has(input[name="teamId"])',
    success: /^\/manager\/teams\/[^/?]+ \+ notice:saved$/,
    snapshot: () => [team(T.A), team(T.B)],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: teamFields({ teamId: T.A, name: nameA, parentId: "", greeting: "forged" }),
        note: "foreign team",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: teamFields({ teamId: T.B, name: nameB, parentId: "", greeting: "forged" }),
        note: "foreign team",
        path: `/manager/teams/${T.A}`,
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "formError",
        fields: teamFields({ teamId: T.A, name: nameA, parentId: T.B }),
        note: "move own root under a foreign team",
      },
      ...outsiders(NOBODY, teamFields({ teamId: T.A, name: nameA, parentId: "", greeting: "forged" })),
      {
        principal: "teamA",
        expected: "allow",
        fields: teamFields({ teamId: T.A, name: nameA, parentId: "", greeting: `Hallo von A ${t}` }),
        verify: () => expect(team(T.A)?.greeting).toBe(`Hallo von A ${t}`),
      },
      {
        principal: "teamB",
        expected: "allow",
        path: `/manager/teams/${T.B}`,
        fields: teamFields({ teamId: T.B, name: nameB, parentId: "", greeting: `Hallo von B ${t}` }),
        note: "own team's settings need no right",
        verify: () => expect(team(T.B)?.greeting).toBe(`Hallo von B ${t}`),
      },
    ],
  });

  await run({
    name: "teams: deleteTeam",
    capture: `/manager/teams/${T.Asub}/delete`,
    form: 'main form:has(input[name="teamId"])',
    success: /^\/manager\/teams \+ notice:teamDeleted$/,
    snapshot: () => [team(T.A), team(T.Asub), team(T.B)],
    attempts: [
      { principal: "teamB", expected: "deny", fields: [["teamId", T.Asub]], note: "foreign sub-team" },
      { principal: "teamB", expected: "deny", fields: [["teamId", T.B]], note: "own root team" },
      { principal: "teamA", expected: "deny", fields: [["teamId", T.A]], note: "own root team" },
      { principal: "teamA", expected: "deny", fields: [["teamId", T.B]], note: "foreign team" },
      ...outsiders(NOBODY, [["teamId", T.Asub]]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [["teamId", T.AsubDel]],
        path: `/manager/teams/${T.AsubDel}/delete`,
        verify: () => expect(team(T.AsubDel)).toBeNull(),
      },
      {
        principal: "company",
        expected: "allow",
        fields: [["teamId", T.Cdel]],
        path: `/manager/teams/${T.Cdel}/delete`,
        verify: () => expect(team(T.Cdel)).toBeNull(),
      },
    ],
  });

  // Agents: the pending list ----------------------------------------------------------------
  const pendingLogin = (who: string) => `mx-pending-${who}-${t}@lotse.test`;
  const agentFields = (loginId: string, teamId: string): Fields => [
    ["loginId", loginId],
    ["email", ""],
    ["firstName", "Paula"],
    ["lastName", `Pending ${t}`],
    ["screenName", ""],
    ["password", pw],
    ["teamId", teamId],
    ["customField", ""],
  ];
  const allPending = () => matrixManagers.map((id) => pendingOf(id).map((p) => p.loginId));
  await run({
    name: "agents: addPendingAgent",
    capture: "/manager/agents/new",
    form: 'main form:has(input[name="firstName"])',
    success: /^\/manager\/agents\/new\?team=[^&]+ \+ notice:addedToList$/,
    snapshot: allPending,
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: agentFields(pendingLogin("forged"), T.B),
        note: "own team, without the right",
      },
      { principal: "teamB", expected: "deny", fields: agentFields(pendingLogin("forged"), T.A), note: "foreign team" },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "formError",
        fields: agentFields(pendingLogin("forged"), T.B),
        note: "foreign team",
      },
      ...outsiders(NOBODY, agentFields(pendingLogin("forged"), T.A)),
      {
        principal: "company",
        expected: "allow",
        fields: agentFields(pendingLogin("company"), T.A),
        verify: () => expect(pendingOf(U.company).map((p) => p.loginId)).toEqual([pendingLogin("company")]),
      },
      { principal: "teamA", expected: "allow", fields: agentFields(pendingLogin("a1"), T.Asub) },
      {
        principal: "teamA",
        expected: "allow",
        fields: agentFields(pendingLogin("a2"), T.A),
        verify: () =>
          expect(pendingOf(U.teamA).map((p) => p.loginId)).toEqual([pendingLogin("a1"), pendingLogin("a2")]),
      },
    ],
  });

  const companyPending = pendingOf(U.company)[0]!.id;
  const teamAPending = () => pendingOf(U.teamA);
  await run({
    name: "agents: pendingList (remove)",
    capture: "/manager/agents/new",
    form: 'main form:has(input[name="pendingIds"])',
    success: /^\/manager\/agents\/new \+ notice:removedFromList$/,
    snapshot: allPending,
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["pendingIds", companyPending],
          ["intent", "remove"],
        ],
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "ignored",
        fields: [
          ["pendingIds", companyPending],
          ["intent", "remove"],
        ],
        note: "another manager's entry: ignored (the list is scoped to the signed-in manager)",
      },
      ...outsiders(NOBODY, [
        ["pendingIds", companyPending],
        ["intent", "remove"],
      ]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [
          ["pendingIds", teamAPending()[1]!.id],
          ["intent", "remove"],
        ],
        verify: () => expect(teamAPending().map((p) => p.loginId)).toEqual([pendingLogin("a1")]),
      },
    ],
  });
  await run({
    name: "agents: pendingList (create)",
    capture: "/manager/agents/new",
    form: 'main form:has(input[name="pendingIds"])',
    success: /^\/manager\/agents\/new\/confirm$/,
    snapshot: allPending,
    attempts: [
      { principal: "teamB", expected: "deny", fields: [["intent", "create"]], note: "without the right" },
      ...outsiders(NOBODY, [["intent", "create"]]),
      { principal: "teamA", expected: "allow", fields: [["intent", "create"]] },
    ],
  });

  await run({
    name: "agents: createPendingAgents",
    capture: "/manager/agents/new/confirm",
    form: "main form",
    success: /^\/manager\/agents \+ notice:agentsCreated:\d+$/,
    snapshot: () => [allPending(), userByLogin(pendingLogin("company")), userByLogin(pendingLogin("a1"))],
    attempts: [
      { principal: "teamB", expected: "deny", fields: [], note: "without the right" },
      ...outsiders(NOBODY, []),
      {
        principal: "teamA",
        expected: "allow",
        fields: [],
        verify: () => {
          expect(userByLogin(pendingLogin("a1"))).toEqual({ id: expect.any(String), kind: "agent" });
          expect(userByLogin(pendingLogin("company"))).toBeNull();
          expect(teamAPending()).toEqual([]);
        },
      },
    ],
  });

  // Agents: Masseneingabe --------------------------------------------------------------------
  const bulkLogin = (who: string) => `mx-bulk-${who}-${t}@lotse.test`;
  const bulkLine = (teamPath: [string, string], loginId: string) =>
    `${teamPath[0]},${teamPath[1]},${loginId},Bruno,Bulk ${t},${pw},Bruno,`;
  await run({
    name: "agents: startBulkEntry",
    capture: "/manager/agents/bulk",
    form: 'main form:has(textarea[name="bulkText"])',
    success: /^\/manager\/agents\/bulk\/[^/?]+$/,
    snapshot: () => [userByLogin(bulkLogin("forged")), ...matrixManagers.map((id) => bulkEntriesOf(id).length)],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: [["bulkText", bulkLine(["", nameB], bulkLogin("forged"))]],
        note: "own team, without the right",
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "formError",
        fields: [["bulkText", bulkLine(["", nameB], bulkLogin("forged"))]],
        note: "foreign team: reported as unknown",
      },
      ...outsiders(NOBODY, [["bulkText", bulkLine(["", nameA], bulkLogin("forged"))]]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [["bulkText", bulkLine([nameA, "A-Sub"], bulkLogin("a"))]],
        verify: async () => {
          await expect
            .poll(() => userByLogin(bulkLogin("a")), { timeout: 15_000 })
            .toEqual({ id: expect.any(String), kind: "agent" });
        },
      },
    ],
  });

  // Agents: edit -------------------------------------------------------------------------------
  const agentUpdate = (
    id: string,
    o: {
      loginId: string;
      firstName: string;
      lastName: string;
      teamId: string;
      customField?: string;
      mc?: boolean;
      newPassword?: string;
    },
  ): Fields => [
    ["agentId", id],
    ["loginId", o.loginId],
    ["firstName", o.firstName],
    ["lastName", o.lastName],
    ["screenName", o.firstName],
    ["email", o.loginId],
    ["customField", o.customField ?? ""],
    ["teamId", o.teamId],
    ...(o.mc ? ([["managementCenterAccess", "on"]] as Fields) : []),
    ["newPassword", o.newPassword ?? ""],
    ["maxSessions", ""],
    ["function.diagnostics", "off"],
  ];
  const annaA = { loginId: login("agent-a"), firstName: "Anna", lastName: `Opfer ${t}`, teamId: T.A };
  const bertaB = { loginId: login("agent-b"), firstName: "Berta", lastName: `Opfer ${t}`, teamId: T.B };
  await run({
    name: "agents: updateAgent",
    capture: `/manager/agents/${U.agentA}`,
    form: 'main form:has(input[name="agentId"])',
    success: /^\/manager\/agents\/[^/?]+ \+ notice:saved$/,
    snapshot: () => [agent(U.agentA), agent(U.agentB), agent(U.agentMC)],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: agentUpdate(U.agentA, { ...annaA, customField: "forged", mc: true }),
        note: "foreign agent",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: agentUpdate(U.agentB, { ...bertaB, firstName: "Forged" }),
        note: "own agent's name, without the right",
        path: `/manager/agents/${U.agentB}`,
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: agentUpdate(U.agentB, { ...bertaB, newPassword: "Forged-password-1" }),
        note: "own agent's password, without the right",
        path: `/manager/agents/${U.agentB}`,
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: agentUpdate(U.agentB, { ...bertaB, customField: "forged" }),
        note: "foreign agent",
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "formError",
        fields: agentUpdate(U.agentA, { ...annaA, teamId: T.B }),
        note: "into a foreign team",
      },
      {
        principal: "agentMC",
        expected: "deny",
        fields: agentUpdate(U.agentMC, {
          loginId: login("agent-mc"),
          firstName: "Mia",
          lastName: `Zugang ${t}`,
          teamId: T.A,
          customField: "self",
        }),
        note: "itself",
      },
      ...outsiders(NOBODY, agentUpdate(U.agentA, { ...annaA, customField: "forged", mc: true })),
      {
        principal: "teamA",
        expected: "allow",
        fields: agentUpdate(U.agentA, { ...annaA, customField: `von A ${t}` }),
        verify: () =>
          expect(agent(U.agentA)).toMatchObject({ customField: `von A ${t}`, functions: '{"diagnostics":false}' }),
      },
      {
        principal: "teamB",
        expected: "allow",
        path: `/manager/agents/${U.agentB}`,
        fields: agentUpdate(U.agentB, { ...bertaB, customField: `von B ${t}` }),
        note: "own agent, no name change",
        verify: () => expect(agent(U.agentB)).toMatchObject({ customField: `von B ${t}` }),
      },
    ],
  });

  // Agents: list selection, move, delete -------------------------------------------------------
  await run({
    name: "agents: agentSelection",
    capture: "/manager/agents",
    form: 'main form:has(input[name="agentIds"])',
    success: /^\/manager\/agents\/(matches\/)?(move|delete)\?/,
    snapshot: () => [agent(U.agentA)],
    attempts: [
      ...outsiders(NOBODY, [
        ["agentIds", U.agentA],
        ["intent", "delete"],
        ["returnTo", "/manager/agents"],
      ]),
      {
        principal: "company",
        expected: "allow",
        fields: [
          ["agentIds", U.agentA],
          ["intent", "move"],
          ["targetTeamId", T.Asub],
          ["returnTo", "/manager/agents"],
        ],
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["agentIds", U.agentB],
          ["intent", "delete"],
          ["returnTo", "/manager/agents"],
        ],
        note: "delete, without the right",
      },
      {
        principal: "teamB",
        expected: "allow",
        fields: [
          ["agentIds", U.agentB],
          ["intent", "move"],
          ["targetTeamId", T.B],
          ["returnTo", "/manager/agents"],
        ],
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["matches", "on"],
          ["q", ""],
          ["team", ""],
          ["intent", "delete"],
        ],
        note: "all matches, delete, without the right",
      },
      {
        principal: "company",
        expected: "allow",
        fields: [
          ["matches", "on"],
          ["q", `Treffer ${t}`],
          ["team", T.A],
          ["intent", "move"],
          ["targetTeamId", T.Asub],
        ],
        note: "all matches",
      },
      ...outsiders(NOBODY, [
        ["matches", "on"],
        ["q", ""],
        ["team", ""],
        ["intent", "move"],
        ["targetTeamId", T.A],
      ]),
    ],
  });
  await test.step("a forged selection only leads to the confirmation page, which refuses it", async () => {
    const response = await contexts.teamB.request.get(`/manager/agents/delete?id=${U.agentA}`, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
  });

  await run({
    name: "agents: moveAgents",
    capture: `/manager/agents/move?id=${U.agentA}&team=${T.Asub}`,
    form: 'main form:has(input[name="targetTeamId"])',
    success: /^\/manager\/agents \+ notice:agentsMoved:\d+$/,
    snapshot: () => [agent(U.agentA)?.teamId, agent(U.agentB)?.teamId, agent(U.agentA2)?.teamId],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: [
          ["agentIds", U.agentA],
          ["targetTeamId", T.B],
        ],
        note: "foreign agent into own team",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [
          ["agentIds", U.agentB],
          ["targetTeamId", T.A],
        ],
        note: "foreign agent into own team",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [
          ["agentIds", U.agentA],
          ["targetTeamId", T.B],
        ],
        note: "own agent into a foreign team",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [
          ["agentIds", U.agentA2],
          ["agentIds", U.agentB],
          ["targetTeamId", T.A],
        ],
        note: "own + foreign agent: all or nothing",
      },
      ...outsiders(NOBODY, [
        ["agentIds", U.agentA],
        ["targetTeamId", T.Asub],
      ]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [
          ["agentIds", U.agentA2],
          ["targetTeamId", T.A],
        ],
        verify: () => expect(agent(U.agentA2)?.teamId).toBe(T.A),
      },
    ],
  });

  await run({
    name: "agents: deleteAgents",
    capture: `/manager/agents/delete?id=${U.agentA}`,
    form: 'main form:has(input[name="agentIds"])',
    success: /^\/manager\/agents \+ notice:agentsDeleted:\d+$/,
    snapshot: () => [agent(U.agentA), agent(U.agentB)],
    attempts: [
      { principal: "teamB", expected: "deny", fields: [["agentIds", U.agentA]], note: "foreign agent" },
      { principal: "teamB", expected: "deny", fields: [["agentIds", U.agentB]], note: "own agent, without the right" },
      { principal: "teamA", expected: "deny", fields: [["agentIds", U.agentB]], note: "foreign agent" },
      ...outsiders(NOBODY, [["agentIds", U.agentA]]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [["agentIds", U.agentADel]],
        verify: () => expect(agent(U.agentADel)).toBeNull(),
      },
    ],
  });

  // "Alle N Treffer": the request names a filter; the confirmation's count and fingerprint come with it.
  // A denied filter or target answers 404; a confirmation of more than the actor's scope matches
  // changes nothing and goes back to the confirmation page (decision record 13).
  const matchesOf = (ids: string[]): Fields => [
    ["count", String(ids.length)],
    ["fingerprint", selectionFingerprint(ids)],
  ];
  const treffer = `Treffer ${t}`;
  const allThree = [U.agentAMatch1, U.agentAMatch2, U.agentBMatch];
  const teamAs = [U.agentAMatch1, U.agentAMatch2];
  await run({
    name: "agents: moveAgentMatches",
    capture: `/manager/agents/matches/move?q=${encodeURIComponent(treffer)}&team=&to=${T.Asub}`,
    form: 'main form:has(input[name="fingerprint"])',
    success: /^\/manager\/agents \+ notice:agentsMoved:\d+$/,
    snapshot: () => allThree.map((id) => agent(id)?.teamId),
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: [["q", treffer], ["team", T.B], ["to", T.A], ...matchesOf([U.agentBMatch])],
        note: "a foreign team as the filter",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [["q", treffer], ["team", ""], ["to", T.B], ...matchesOf(teamAs)],
        note: "a foreign target",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: [["q", treffer], ["team", T.A], ["to", T.B], ...matchesOf(teamAs)],
        note: "a foreign team as the filter",
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "stale",
        fields: [["q", treffer], ["team", ""], ["to", T.Asub], ...matchesOf(allThree)],
        note: "confirmed with B's agent: A's filter matches two",
      },
      ...outsiders(NOBODY, [["q", treffer], ["team", ""], ["to", T.A], ...matchesOf(allThree)]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [["q", treffer], ["team", ""], ["to", T.Asub], ...matchesOf(teamAs)],
        verify: () => expect(allThree.map((id) => agent(id)?.teamId)).toEqual([T.Asub, T.Asub, T.B]),
      },
    ],
  });

  await run({
    name: "agents: deleteAgentMatches",
    capture: `/manager/agents/matches/delete?q=${encodeURIComponent(treffer)}&team=`,
    form: 'main form:has(input[name="fingerprint"])',
    success: /^\/manager\/agents \+ notice:agentsDeleted:\d+$/,
    snapshot: () => allThree.map((id) => agent(id)),
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: [["q", treffer], ["team", ""], ...matchesOf([U.agentBMatch])],
        note: "own agents, without the right",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [["q", treffer], ["team", T.B], ...matchesOf([U.agentBMatch])],
        note: "a foreign team as the filter",
      },
      {
        principal: "teamA",
        expected: "deny",
        deniedWith: "stale",
        fields: [["q", treffer], ["team", ""], ...matchesOf(allThree)],
        note: "confirmed with B's agent: A's filter matches two",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: [
          ["q", treffer],
          ["team", ""],
          ["count", "2"],
          ["fingerprint", "not a fingerprint"],
        ],
        note: "a malformed confirmation",
      },
      ...outsiders(NOBODY, [["q", treffer], ["team", ""], ...matchesOf(allThree)]),
      {
        principal: "teamA",
        expected: "allow",
        fields: [["q", treffer], ["team", ""], ...matchesOf(teamAs)],
        verify: () => expect(allThree.map((id) => agent(id) !== null)).toEqual([false, false, true]),
      },
    ],
  });
  await matrix.report("organisation");
});
