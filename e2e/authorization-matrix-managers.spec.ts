// The authorization matrix of Manager (issue 3): its pages and server actions, and the API-Manager
// tab with the Admin Center grant off and on (under the grants lock). How the matrix works:
// e2e/support/authorization-matrix.ts.
//
// Runs in the js project only: these are plain HTTP requests, the browser's JavaScript plays no part.
import { expect, test } from "./support/fixtures";
import {
  type ActionSpec,
  type Attempt,
  type Fields,
  ALL_RIGHTS,
  matrixNames,
  matrixOrganisation,
  NOBODY,
  openMatrix,
  outsiders,
  secondCompanyManager,
  TEAM_MANAGERS,
} from "./support/authorization-matrix";
import { seed, setApiManagerGrant, withGrantsLock } from "./support/organisation";

test("authorization matrix: managers", async ({ lotse, browser, baseURL, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");
  test.setTimeout(240_000);
  const names = matrixNames();
  const { t, pw, login } = names;
  const org = await seed(
    baseURL,
    matrixOrganisation(names, {
      users: [
        secondCompanyManager(names),
        {
          key: "victimTM",
          kind: "manager",
          role: "team",
          name: `Matrix Victim ${t}`,
          loginId: login("victim"),
          password: pw,
          teams: ["A"],
          rights: [],
        },
        {
          key: "victimTMDel",
          kind: "manager",
          role: "team",
          name: `Matrix Victim Del ${t}`,
          loginId: login("victim-del"),
          password: pw,
          teams: ["B"],
          rights: [],
        },
      ],
    }),
  );
  const T = org.teams as Record<"A" | "B", string>;
  type UserKey =
    "company" | "teamA" | "teamB" | "api" | "agentMC" | "agentNoAccess" | "company2" | "victimTM" | "victimTMDel";
  const U = org.users as Record<UserKey, string>;
  const matrix = await openMatrix({ lotse, browser, baseURL, names, users: org.users });
  const { db, checkPage, actionFields, run } = matrix;

  const managerPages = (grant: "off" | "on") =>
    checkPage(`GET /manager/managers/api (grant ${grant})`, "/manager/managers/api", grant === "on" ? ["company"] : []);

  await test.step("pages", async () => {
    await checkPage("GET /manager/managers", "/manager/managers", ["company"]);
    await checkPage("GET /manager/managers/new", "/manager/managers/new", ["company"]);
    await checkPage("GET /manager/managers/<victim>", `/manager/managers/${U.victimTM}`, ["company"]);
    await checkPage("GET /manager/managers/delete?id=<victim>", `/manager/managers/delete?id=${U.victimTM}`, [
      "company",
    ]);
  });

  const userByLogin = (loginId: string) => db("SELECT id, kind FROM User WHERE loginId = ?", loginId)[0] ?? null;
  const manager = (id: string) =>
    db(
      "SELECT u.loginId, m.name, m.rights, (SELECT group_concat(teamId) FROM ManagerTeam WHERE managerId = m.userId) AS teams FROM User u JOIN ManagerProfile m ON m.userId = u.id WHERE u.id = ?",
      id,
    )[0] ?? null;

  // Managers -------------------------------------------------------------------------------------
  await run({
    name: "managers: managerSelection",
    capture: "/manager/managers",
    form: 'main form:has(input[name="managerIds"])',
    success: /^\/manager\/managers\/delete\?/,
    snapshot: () => [manager(U.victimTM)],
    attempts: [
      ...outsiders(
        [...TEAM_MANAGERS, ...NOBODY],
        [
          ["managerIds", U.victimTM],
          ["returnTo", "/manager/managers"],
        ],
      ),
      {
        principal: "company",
        expected: "allow",
        fields: [
          ["managerIds", U.victimTM],
          ["returnTo", "/manager/managers"],
        ],
      },
    ],
  });

  await run({
    name: "managers: deleteManagers",
    capture: `/manager/managers/delete?id=${U.victimTM}`,
    form: 'main form:has(input[name="managerIds"])',
    success: /^\/manager\/managers \+ notice:managersDeleted:\d+$/,
    snapshot: () => [manager(U.victimTM), manager(U.company2), manager(U.teamB)],
    attempts: [
      ...outsiders([...TEAM_MANAGERS, ...NOBODY], [["managerIds", U.victimTM]]),
      { principal: "teamB", expected: "deny", fields: [["managerIds", U.teamB]], note: "itself" },
      { principal: "company", expected: "deny", fields: [["managerIds", U.company2]], note: "a company manager" },
      {
        principal: "company",
        expected: "allow",
        fields: [["managerIds", U.victimTMDel]],
        verify: () => expect(manager(U.victimTMDel)).toBeNull(),
      },
    ],
  });

  const managerFields = (o: {
    managerId?: string;
    loginId: string;
    name: string;
    password: string;
    teamIds: string[];
    rights: readonly string[];
  }): Fields => [
    ...(o.managerId ? ([["managerId", o.managerId]] as Fields) : []),
    ["name", o.name],
    ["loginId", o.loginId],
    ["email", o.loginId],
    ["password", o.password],
    ...o.teamIds.map((id) => ["teamIds", id] as [string, string]),
    ...o.rights.map((r) => ["rights", r] as [string, string]),
  ];
  await run({
    name: "managers: createTeamManager",
    capture: "/manager/managers/new",
    form: 'main form:has(input[name="rights"])',
    success: /^\/manager\/managers \+ notice:teamManagerCreated$/,
    snapshot: () => [userByLogin(login("forged-tm"))],
    attempts: [
      ...outsiders(
        [...TEAM_MANAGERS, ...NOBODY],
        managerFields({
          loginId: login("forged-tm"),
          name: "Forged",
          password: pw,
          teamIds: [T.A, T.B],
          rights: ALL_RIGHTS,
        }),
      ),
      {
        principal: "company",
        expected: "allow",
        fields: managerFields({
          loginId: login("new-tm"),
          name: `Neu TM ${t}`,
          password: pw,
          teamIds: [T.B],
          rights: ["addDeleteAgents"],
        }),
        verify: () =>
          expect(manager(userByLogin(login("new-tm"))?.id as string)).toMatchObject({
            teams: T.B,
            rights: '["addDeleteAgents"]',
          }),
      },
    ],
  });

  await run({
    name: "managers: updateTeamManager",
    capture: `/manager/managers/${U.victimTM}`,
    form: 'main form:has(input[name="managerId"])',
    success: /^\/manager\/managers\/[^/?]+ \+ notice:saved$/,
    snapshot: () => [manager(U.victimTM), manager(U.teamB), manager(U.teamA)],
    attempts: [
      {
        principal: "teamB",
        expected: "deny",
        fields: managerFields({
          managerId: U.teamB,
          loginId: login("team-b"),
          name: "Escalated",
          password: "",
          teamIds: [T.A, T.B],
          rights: ALL_RIGHTS,
        }),
        note: "its own teams and rights",
      },
      ...outsiders(
        ["teamA", ...NOBODY],
        managerFields({
          managerId: U.victimTM,
          loginId: login("victim"),
          name: "Forged",
          password: "",
          teamIds: [T.A, T.B],
          rights: ALL_RIGHTS,
        }),
      ),
      {
        principal: "company",
        expected: "allow",
        fields: managerFields({
          managerId: U.victimTM,
          loginId: login("victim"),
          name: `Umbenannt ${t}`,
          password: "",
          teamIds: [T.A],
          rights: [],
        }),
        verify: () => expect(manager(U.victimTM)).toMatchObject({ name: `Umbenannt ${t}` }),
      },
    ],
  });

  // The API-Manager tab: only with the Admin Center grant (account-wide: under the lock) ----
  const apiFields = (who: string): Fields => [
    ["name", `API ${who} ${t}`],
    ["loginId", login(`api-${who}`)],
    ["email", login(`api-${who}`)],
    ["password", pw],
  ];
  const apiSpec = (attempts: Attempt[]): ActionSpec => ({
    name: "managers: createApiManager",
    capture: "/manager/managers/api",
    form: 'main form:has(input[name="password"])',
    success: /^\/manager\/managers\/api \+ notice:apiManagerCreated$/,
    snapshot: () => [userByLogin(login("api-forged"))],
    attempts,
  });
  await withGrantsLock(baseURL, async () => {
    await setApiManagerGrant(lotse, false);
    await managerPages("off");
    await setApiManagerGrant(lotse, true);
    await managerPages("on");
    await actionFields(apiSpec([]));
    await setApiManagerGrant(lotse, false);
    await run(apiSpec([{ principal: "company", expected: "deny", fields: apiFields("forged"), note: "grant off" }]));
    await setApiManagerGrant(lotse, true);
    await run(
      apiSpec([
        ...outsiders([...TEAM_MANAGERS, ...NOBODY], apiFields("forged"), "grant on"),
        {
          principal: "company",
          expected: "allow",
          fields: apiFields("new"),
          note: "grant on",
          verify: () =>
            expect(
              db(
                "SELECT m.role FROM User u JOIN ManagerProfile m ON m.userId = u.id WHERE u.loginId = ?",
                login("api-new"),
              ),
            ).toEqual([{ role: "api" }]),
        },
      ]),
    );
    await setApiManagerGrant(lotse, false);
  });
  await matrix.report("managers");
});
