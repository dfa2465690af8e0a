// The authorization matrix of portals, team portal assignment and business hours (issue 4): portals
// and sub-portals (every change with the Admin Center grant off and on, under the grants lock),
// Teams › Portal and Geschäftszeiten. How the matrix works: e2e/support/authorization-matrix.ts.
//
// Runs in the js project only: these are plain HTTP requests, the browser's JavaScript plays no part.
import { expect, test } from "./support/fixtures";
import {
  type ActionSpec,
  type Attempt,
  type Fields,
  matrixNames,
  matrixOrganisation,
  MATRIX_WEEK,
  NOBODY,
  openMatrix,
  outsiders,
  type PrincipalKey,
  TEAM_MANAGERS,
} from "./support/authorization-matrix";
import { seed, setPortalGrant, withGrantsLock } from "./support/organisation";

test("authorization matrix: portals and business hours", async ({ lotse, browser, baseURL, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, "plain HTTP requests: once (js project) is enough");
  test.setTimeout(240_000);
  const names = matrixNames();
  const { t } = names;
  const org = await seed(
    baseURL,
    matrixOrganisation(names, {
      // Team A serves portal P (so team A's manager, who holds "Geschäftszeiten verwalten", sees P's
      // business hours); nobody serves Q. Pdel and the sets named Del are there to be deleted.
      portals: [
        {
          key: "P",
          name: `Matrix Portal ${t}`,
          slug: `mx-portal-${t}`,
          subPortals: [
            { key: "PS1", name: "Allgemein", slug: "allgemein", teams: ["A"] },
            { key: "PS2", name: "Zweites", slug: "zweites" },
          ],
        },
        {
          key: "Pdel",
          name: `Matrix Portal Del ${t}`,
          slug: `mx-portal-del-${t}`,
          subPortals: [{ key: "PdelS1", name: "Allgemein", slug: "allgemein" }],
        },
        {
          key: "Q",
          name: `Matrix Fremd ${t}`,
          slug: `mx-fremd-${t}`,
          subPortals: [{ key: "QS1", name: "Allgemein", slug: "allgemein" }],
        },
      ],
      hoursSets: [
        { key: "HP", name: `Matrix Zeiten P ${t}`, timeZone: "Europe/Berlin", week: MATRIX_WEEK, portals: ["P"] },
        { key: "HQ", name: `Matrix Zeiten Q ${t}`, timeZone: "Europe/Berlin", week: MATRIX_WEEK, portals: ["Q"] },
        { key: "Hdel", name: `Matrix Zeiten Del ${t}`, timeZone: "Europe/Berlin", week: MATRIX_WEEK, portals: ["P"] },
      ],
      holidaySets: [
        {
          key: "HolP",
          name: `Matrix Feiertage P ${t}`,
          timeZone: "Europe/Berlin",
          dates: [{ name: "Neujahr", startDate: "2027-01-01", everyYear: true }],
          portals: ["P"],
        },
        {
          key: "HolQ",
          name: `Matrix Feiertage Q ${t}`,
          timeZone: "Europe/Berlin",
          dates: [{ name: "Neujahr", startDate: "2027-01-01", everyYear: true }],
          portals: ["Q"],
        },
        { key: "HolDel", name: `Matrix Feiertage Del ${t}`, timeZone: "Europe/Berlin", dates: [], portals: ["P"] },
      ],
      // Waiting requests on Q, for "Wartende Anfragen abbrechen".
      requests: [
        { key: "Q1", subPortal: "QS1", customerName: "Wartend Eins" },
        { key: "Q2", subPortal: "QS1", customerName: "Wartend Zwei" },
      ],
    }),
  );
  const P = org.portals as Record<"P" | "Pdel" | "Q", string>;
  const S = org.subPortals as Record<"PS1" | "PS2" | "PdelS1" | "QS1", string>;
  const H = org.hoursSets as Record<"HP" | "HQ" | "Hdel", string>;
  const Hol = org.holidaySets as Record<"HolP" | "HolQ" | "HolDel", string>;
  const T = org.teams as Record<"A" | "B", string>;
  const matrix = await openMatrix({ lotse, browser, baseURL, names, users: org.users });
  const { db, checkPage, actionFields, run } = matrix;

  const portalPages = async (grant: "off" | "on") => {
    const editors: PrincipalKey[] = grant === "on" ? ["company"] : [];
    await checkPage(`GET /manager/portals/new (grant ${grant})`, "/manager/portals/new", editors);
    await checkPage(`GET /manager/portals/<P>/delete (grant ${grant})`, `/manager/portals/${P.P}/delete`, editors);
    await checkPage(
      `GET /manager/portals/<P>/sub-portals/<PS2>/delete (grant ${grant})`,
      `/manager/portals/${P.P}/sub-portals/${S.PS2}/delete`,
      editors,
    );
  };

  await test.step("pages", async () => {
    // Portals: company managers see them whatever the Admin Center grant says (the pages that only
    // change portals are checked with the grant off and on, under the lock, below).
    await checkPage("GET /manager/portals", "/manager/portals", ["company"]);
    await checkPage("GET /manager/portals/<P>", `/manager/portals/${P.P}`, ["company"]);
    await checkPage("GET /manager/portals/<P>/sub-portals", `/manager/portals/${P.P}/sub-portals`, ["company"]);
    await checkPage("GET /manager/portals/<P>/sub-portals/<PS2>", `/manager/portals/${P.P}/sub-portals/${S.PS2}`, [
      "company",
    ]);
    await checkPage("GET /manager/portals/<P>/agents", `/manager/portals/${P.P}/agents`, ["company"]);
    await checkPage("GET /manager/portals/<P>/waiting-requests", `/manager/portals/${P.P}/waiting-requests`, [
      "company",
    ]);
    await checkPage(
      "GET /manager/portals/<P>/sub-portals/<Q's sub-portal>",
      `/manager/portals/${P.P}/sub-portals/${S.QS1}`,
      [],
    );
    // Teams › [team] › Portal: read-only for the team's own manager.
    await checkPage("GET /manager/teams/<A>/portal", `/manager/teams/${T.A}/portal`, ["company", "teamA"]);
    await checkPage("GET /manager/teams/<B>/portal", `/manager/teams/${T.B}/portal`, ["company", "teamB"]);
    // Geschäftszeiten (decision 7): team A's manager holds the right and his team serves P; B's does not hold it.
    await checkPage("GET /manager/business-hours", "/manager/business-hours", ["company", "teamA"]);
    await checkPage("GET /manager/business-hours?portal=<P>", `/manager/business-hours?portal=${P.P}`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/business-hours?portal=<Q>", `/manager/business-hours?portal=${P.Q}`, ["company"]);
    await checkPage("GET /manager/business-hours/hours/new", "/manager/business-hours/hours/new", ["company"]);
    await checkPage("GET /manager/business-hours/hours/<P's set>", `/manager/business-hours/hours/${H.HP}`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/business-hours/hours/<Q's set>", `/manager/business-hours/hours/${H.HQ}`, [
      "company",
    ]);
    await checkPage(
      "GET /manager/business-hours/hours/<P's set>/delete",
      `/manager/business-hours/hours/${H.HP}/delete`,
      ["company"],
    );
    await checkPage("GET /manager/business-hours/holidays/new", "/manager/business-hours/holidays/new", ["company"]);
    await checkPage("GET /manager/business-hours/holidays/<P's set>", `/manager/business-hours/holidays/${Hol.HolP}`, [
      "company",
      "teamA",
    ]);
    await checkPage("GET /manager/business-hours/holidays/<Q's set>", `/manager/business-hours/holidays/${Hol.HolQ}`, [
      "company",
    ]);
    await checkPage(
      "GET /manager/business-hours/holidays/<P's set>/delete",
      `/manager/business-hours/holidays/${Hol.HolP}/delete`,
      ["company"],
    );
  });

  // Teams › [team] › Portal: only company managers assign teams (no grant needed) ---------------
  const teamSubPortals = () =>
    db("SELECT teamId, subPortalId FROM TeamSubPortal WHERE teamId IN (?, ?) ORDER BY teamId, subPortalId", T.A, T.B);
  const teamPortalFields = (teamId: string, subPortalIds: string[]): Fields => [
    ["teamId", teamId],
    ...subPortalIds.map((id) => ["subPortalIds", id] as [string, string]),
  ];
  await run({
    name: "teams: setTeamPortals",
    capture: `/manager/teams/${T.A}/portal`,
    form: 'main form:has(input[name="teamId"])',
    success: /^\/manager\/teams\/[^/?]+\/portal \+ notice:saved$/,
    snapshot: teamSubPortals,
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: teamPortalFields(T.A, [S.PS1, S.QS1]),
        note: "own team (read-only for team managers)",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: teamPortalFields(T.B, [S.QS1]),
        note: "own team",
        path: `/manager/teams/${T.B}/portal`,
      },
      { principal: "teamA", expected: "deny", fields: teamPortalFields(T.B, [S.PS1]), note: "foreign team" },
      ...outsiders(NOBODY, teamPortalFields(T.A, [S.QS1])),
      {
        principal: "company",
        expected: "allow",
        fields: teamPortalFields(T.B, [S.QS1]),
        path: `/manager/teams/${T.B}/portal`,
        verify: () =>
          expect(db("SELECT subPortalId FROM TeamSubPortal WHERE teamId = ?", T.B)).toEqual([{ subPortalId: S.QS1 }]),
      },
    ],
  });

  // Geschäftszeiten: company managers everything; team managers with the right edit the sets of
  // their teams' portals, without touching the assignment; nobody else (decision record 7) ----------
  const hoursSet = (id: string) =>
    db(
      "SELECT name, timeZone, week, closedMessageDe, (SELECT group_concat(portalId) FROM PortalBusinessHours WHERE setId = s.id) AS portals FROM BusinessHoursSet s WHERE id = ?",
      id,
    )[0] ?? null;
  const holidaySet = (id: string) =>
    db(
      "SELECT name, timeZone, closedMessageDe, (SELECT group_concat(name || ':' || startDate) FROM HolidayDate WHERE setId = s.id) AS dates, (SELECT group_concat(portalId) FROM PortalHolidaySet WHERE setId = s.id) AS portals FROM HolidaySet s WHERE id = ?",
      id,
    )[0] ?? null;
  const setsNamed = (table: "BusinessHoursSet" | "HolidaySet", name: string) =>
    db(`SELECT id FROM ${table} WHERE name = ?`, name);
  const setCommon = (name: string, portalIds?: string[]): Fields => [
    ["name", name],
    ["timeZone", "Europe/Berlin"],
    ["closedMessageDe", ""],
    ["closedMessageEn", ""],
    ...(portalIds ? ([["assignPortals", "1"], ...portalIds.map((id) => [`portal.${id}`, "on"])] as Fields) : []),
  ];
  const weekFields = (saturday: "open" | "closed"): Fields => [
    ...(["mon", "tue", "wed", "thu", "fri"] as const).flatMap((day): Fields => [
      [`week.${day}.mode`, "ranges"],
      [`week.${day}.0.from`, "09:00"],
      [`week.${day}.0.to`, "17:00"],
    ]),
    ["week.sat.mode", saturday],
    ["week.sun.mode", "closed"],
  ];
  const hoursFields = (o: {
    setId?: string;
    name: string;
    portalIds?: string[];
    saturday?: "open" | "closed";
  }): Fields => [
    ...(o.setId ? ([["setId", o.setId]] as Fields) : []),
    ...setCommon(o.name, o.portalIds),
    ...weekFields(o.saturday ?? "closed"),
  ];
  const holidayFields = (o: { setId?: string; name: string; portalIds?: string[]; date?: string }): Fields => [
    ...(o.setId ? ([["setId", o.setId]] as Fields) : []),
    ...setCommon(o.name, o.portalIds),
    ["dateRows", "3"],
    ["dates.0.name", "Betriebsausflug"],
    ["dates.0.startDate", o.date ?? "2027-06-12"],
    ["dates.0.endDate", ""],
  ];
  const nameHP = hoursSet(H.HP)!.name as string;
  const nameHolP = holidaySet(Hol.HolP)!.name as string;
  const forgedSet = `Matrix Gefälscht ${t}`;

  await run({
    name: "business hours: createHoursSet",
    capture: "/manager/business-hours/hours/new",
    form: 'main form:has(select[name="timeZone"])',
    success: /^\/manager\/business-hours\/hours\/[^/?]+ \+ notice:businessHoursCreated$/,
    snapshot: () => setsNamed("BusinessHoursSet", forgedSet),
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: hoursFields({ name: forgedSet, portalIds: [P.P] }),
        note: "has the right, but only edits",
      },
      { principal: "teamA", expected: "deny", fields: hoursFields({ name: forgedSet }), note: "without portals" },
      ...outsiders(["teamB", ...NOBODY], hoursFields({ name: forgedSet, portalIds: [P.P] })),
      {
        principal: "company",
        expected: "allow",
        fields: hoursFields({ name: `Matrix Neu ${t}`, portalIds: [P.Q] }),
        verify: () =>
          expect(
            db(
              "SELECT p.portalId FROM BusinessHoursSet s JOIN PortalBusinessHours p ON p.setId = s.id WHERE s.name = ?",
              `Matrix Neu ${t}`,
            ),
          ).toEqual([{ portalId: P.Q }]),
      },
    ],
  });

  await run({
    name: "business hours: updateHoursSet",
    capture: `/manager/business-hours/hours/${H.HP}`,
    form: 'main form:has(input[name="setId"])',
    success: /^\/manager\/business-hours\/hours\/[^/?]+ \+ notice:saved$/,
    snapshot: () => [hoursSet(H.HP), hoursSet(H.HQ)],
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: hoursFields({ setId: H.HQ, name: forgedSet }),
        note: "a set of a portal his teams do not serve",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: hoursFields({ setId: H.HP, name: nameHP, portalIds: [P.P, P.Q] }),
        note: "own portal's set, with portals",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: hoursFields({ setId: H.HP, name: forgedSet }),
        note: "without the right",
      },
      ...outsiders(NOBODY, hoursFields({ setId: H.HP, name: forgedSet })),
      {
        principal: "teamA",
        expected: "allow",
        fields: hoursFields({ setId: H.HP, name: `${nameHP} (A)`, saturday: "open" }),
        note: "own portal's set: name and hours",
        verify: () => expect(hoursSet(H.HP)).toMatchObject({ name: `${nameHP} (A)`, portals: P.P }),
      },
      {
        principal: "company",
        expected: "allow",
        path: `/manager/business-hours/hours/${H.HQ}`,
        fields: hoursFields({ setId: H.HQ, name: `Matrix Zeiten Q2 ${t}`, portalIds: [P.P, P.Q] }),
        verify: () => expect(hoursSet(H.HQ)).toMatchObject({ name: `Matrix Zeiten Q2 ${t}` }),
      },
    ],
  });

  await run({
    name: "business hours: deleteHoursSet",
    capture: `/manager/business-hours/hours/${H.HP}/delete`,
    form: 'main form:has(input[name="setId"])',
    success: /^\/manager\/business-hours \+ notice:businessHoursDeleted$/,
    snapshot: () => [hoursSet(H.HP), hoursSet(H.Hdel)],
    attempts: [
      { principal: "teamA", expected: "deny", fields: [["setId", H.HP]], note: "own portal's set: editing only" },
      ...outsiders(["teamB", ...NOBODY], [["setId", H.HP]]),
      {
        principal: "company",
        expected: "allow",
        fields: [["setId", H.Hdel]],
        verify: () => expect(hoursSet(H.Hdel)).toBeNull(),
      },
    ],
  });

  await run({
    name: "business hours: createHolidaySet",
    capture: "/manager/business-hours/holidays/new",
    form: 'main form:has(input[name="dateRows"])',
    success: /^\/manager\/business-hours\/holidays\/[^/?]+ \+ notice:holidaySetCreated$/,
    snapshot: () => setsNamed("HolidaySet", forgedSet),
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: holidayFields({ name: forgedSet, portalIds: [P.P] }),
        note: "has the right, but only edits",
      },
      ...outsiders(["teamB", ...NOBODY], holidayFields({ name: forgedSet, portalIds: [P.P] })),
      {
        principal: "company",
        expected: "allow",
        fields: holidayFields({ name: `Matrix Neu ${t}`, portalIds: [P.P] }),
        verify: () => expect(setsNamed("HolidaySet", `Matrix Neu ${t}`)).toHaveLength(1),
      },
    ],
  });

  await run({
    name: "business hours: updateHolidaySet",
    capture: `/manager/business-hours/holidays/${Hol.HolP}`,
    form: 'main form:has(input[name="setId"])',
    success: /^\/manager\/business-hours\/holidays\/[^/?]+ \+ notice:saved$/,
    snapshot: () => [holidaySet(Hol.HolP), holidaySet(Hol.HolQ)],
    attempts: [
      {
        principal: "teamA",
        expected: "deny",
        fields: holidayFields({ setId: Hol.HolQ, name: forgedSet }),
        note: "a set of a portal his teams do not serve",
      },
      {
        principal: "teamA",
        expected: "deny",
        fields: holidayFields({ setId: Hol.HolP, name: nameHolP, portalIds: [P.P, P.Q] }),
        note: "own portal's set, with portals",
      },
      {
        principal: "teamB",
        expected: "deny",
        fields: holidayFields({ setId: Hol.HolP, name: forgedSet }),
        note: "without the right",
      },
      ...outsiders(NOBODY, holidayFields({ setId: Hol.HolP, name: forgedSet })),
      {
        principal: "teamA",
        expected: "allow",
        fields: holidayFields({ setId: Hol.HolP, name: `${nameHolP} (A)`, date: "2027-07-01" }),
        note: "own portal's set: name and dates",
        verify: () =>
          expect(holidaySet(Hol.HolP)).toMatchObject({
            name: `${nameHolP} (A)`,
            dates: "Betriebsausflug:2027-07-01",
            portals: P.P,
          }),
      },
    ],
  });

  await run({
    name: "business hours: deleteHolidaySet",
    capture: `/manager/business-hours/holidays/${Hol.HolP}/delete`,
    form: 'main form:has(input[name="setId"])',
    success: /^\/manager\/business-hours \+ notice:holidaySetDeleted$/,
    snapshot: () => [holidaySet(Hol.HolP), holidaySet(Hol.HolDel)],
    attempts: [
      { principal: "teamA", expected: "deny", fields: [["setId", Hol.HolP]], note: "own portal's set: editing only" },
      ...outsiders(["teamB", ...NOBODY], [["setId", Hol.HolP]]),
      {
        principal: "company",
        expected: "allow",
        fields: [["setId", Hol.HolDel]],
        verify: () => expect(holidaySet(Hol.HolDel)).toBeNull(),
      },
    ],
  });

  // Portals: every change needs the Admin Center grant (account-wide: under the lock) -----------
  const portalRow = (id: string) =>
    db(
      "SELECT name, slug, type, welcomeDe, features, completedSessionEmail, deletedAt FROM Portal WHERE id = ?",
      id,
    )[0] ?? null;
  const subPortalsOf = (portalId: string) =>
    db("SELECT id, name, slug, deletedAt FROM SubPortal WHERE portalId = ? ORDER BY id", portalId);
  const portalsNamed = (name: string) => db("SELECT id FROM Portal WHERE name = ?", name);
  const forgedPortal = `Matrix Portal gefälscht ${t}`;
  const newPortalFields = (name: string, slug: string): Fields => [
    ["name", name],
    ["type", "questionBox"],
    ["slug", slug],
    ["subPortalName", "Allgemein"],
    ["subPortalSlug", "allgemein"],
  ];
  const settingsFields = (welcome: string): Fields => [
    ["portalId", P.P],
    ["name", `Matrix Portal ${t}`],
    ["slug", `mx-portal-${t}`],
    ["type", "questionBox"],
    ["welcomeDe", welcome],
    ["welcomeEn", ""],
    ["features.diagnostics", "on"],
    ["completedSessionEmail", ""],
  ];
  const subPortalFields = (o: { portalId?: string; subPortalId?: string; name: string; slug: string }): Fields => [
    ["portalId", o.portalId ?? P.P],
    ...(o.subPortalId ? ([["subPortalId", o.subPortalId]] as Fields) : []),
    ["name", o.name],
    ["slug", o.slug],
  ];
  type PortalSpec = (attempts: Attempt[]) => ActionSpec;
  const portalSpecs: PortalSpec[] = [
    (attempts) => ({
      name: "portals: createPortal",
      capture: "/manager/portals/new",
      form: 'main form:has(input[name="subPortalSlug"])',
      success: /^\/manager\/portals\/[^/?]+ \+ notice:portalCreated$/,
      snapshot: () => portalsNamed(forgedPortal),
      attempts,
    }),
    (attempts) => ({
      name: "portals: updatePortalSettings",
      capture: `/manager/portals/${P.P}`,
      form: 'main form:has(input[name="portalId"])',
      success: /^\/manager\/portals\/[^/?]+ \+ notice:saved$/,
      snapshot: () => portalRow(P.P),
      attempts,
    }),
    (attempts) => ({
      name: "portals: createSubPortal",
      capture: `/manager/portals/${P.P}/sub-portals`,
      form: 'main form:has(input[name="slug"])',
      success: /^\/manager\/portals\/[^/?]+\/sub-portals \+ notice:subPortalCreated$/,
      snapshot: () => subPortalsOf(P.P),
      attempts,
    }),
    (attempts) => ({
      name: "portals: updateSubPortal",
      capture: `/manager/portals/${P.P}/sub-portals/${S.PS2}`,
      form: 'main form:has(input[name="subPortalId"])',
      success: /^\/manager\/portals\/[^/?]+\/sub-portals\/[^/?]+ \+ notice:saved$/,
      snapshot: () => subPortalsOf(P.P),
      attempts,
    }),
    (attempts) => ({
      name: "portals: deleteSubPortal",
      capture: `/manager/portals/${P.P}/sub-portals/${S.PS2}/delete`,
      form: 'main form:has(input[name="subPortalId"])',
      success: /^\/manager\/portals\/[^/?]+\/sub-portals \+ notice:subPortalDeleted$/,
      snapshot: () => [subPortalsOf(P.P), subPortalsOf(P.Q)],
      attempts,
    }),
    (attempts) => ({
      name: "portals: deletePortal",
      capture: `/manager/portals/${P.P}/delete`,
      form: 'main form:has(input[name="portalId"])',
      success: /^\/manager\/portals \+ notice:portalDeleted$/,
      snapshot: () => [portalRow(P.P), portalRow(P.Pdel), subPortalsOf(P.Pdel)],
      attempts,
    }),
  ];
  /** A forged request per action, denied to everyone without the grant and to all but company managers with it. */
  const forgedPortalFields: Fields[] = [
    newPortalFields(forgedPortal, `mx-forged-${t}`),
    settingsFields("gefälscht"),
    subPortalFields({ name: "Gefälscht", slug: "gefaelscht" }),
    subPortalFields({ subPortalId: S.PS2, name: "Gefälscht", slug: "gefaelscht" }),
    subPortalFields({ subPortalId: S.PS2, name: "", slug: "" }),
    [["portalId", P.P]],
  ];
  const allowedPortalAttempts: Attempt[][] = [
    [
      {
        principal: "company",
        expected: "allow",
        fields: newPortalFields(`Matrix Portal Neu ${t}`, `mx-neu-${t}`),
        verify: () => expect(portalsNamed(`Matrix Portal Neu ${t}`)).toHaveLength(1),
      },
    ],
    [
      {
        principal: "company",
        expected: "allow",
        fields: settingsFields(`Willkommen ${t}`),
        verify: () => expect(portalRow(P.P)).toMatchObject({ welcomeDe: `Willkommen ${t}` }),
      },
    ],
    [
      {
        principal: "company",
        expected: "allow",
        fields: subPortalFields({ name: "Neu", slug: "neu" }),
        verify: () => expect(subPortalsOf(P.P).map((s) => s.slug)).toContain("neu"),
      },
    ],
    [
      {
        principal: "company",
        expected: "allow",
        fields: subPortalFields({ subPortalId: S.PS2, name: "Umbenannt", slug: "umbenannt" }),
        verify: () =>
          expect(subPortalsOf(P.P).find((s) => s.id === S.PS2)).toMatchObject({ name: "Umbenannt", slug: "umbenannt" }),
      },
    ],
    [
      {
        principal: "company",
        expected: "deny",
        deniedWith: "formError",
        fields: subPortalFields({ portalId: P.Q, subPortalId: S.QS1, name: "", slug: "" }),
        note: "the last sub-portal of a portal",
      },
      {
        principal: "company",
        expected: "allow",
        fields: subPortalFields({ subPortalId: S.PS2, name: "", slug: "" }),
        verify: () =>
          expect(subPortalsOf(P.P).find((s) => s.id === S.PS2)).toMatchObject({
            slug: null,
            deletedAt: expect.any(String),
          }),
      },
    ],
    [
      {
        principal: "company",
        expected: "allow",
        fields: [["portalId", P.Pdel]],
        verify: () => expect(portalRow(P.Pdel)).toMatchObject({ slug: null, deletedAt: expect.any(String) }),
      },
    ],
  ];
  await withGrantsLock(baseURL, async () => {
    try {
      await setPortalGrant(lotse, false);
      await portalPages("off");
      await setPortalGrant(lotse, true);
      await portalPages("on");
      // The forms exist only while the grant allows changes: read their action IDs now.
      for (const spec of portalSpecs) await actionFields(spec([]));
      await setPortalGrant(lotse, false);
      for (const [i, spec] of portalSpecs.entries()) {
        await run(
          spec([{ principal: "company", expected: "deny", fields: forgedPortalFields[i]!, note: "grant off" }]),
        );
      }
      await setPortalGrant(lotse, true);
      for (const [i, spec] of portalSpecs.entries()) {
        await run(
          spec([
            ...outsiders([...TEAM_MANAGERS, ...NOBODY], forgedPortalFields[i]!, "grant on"),
            ...allowedPortalAttempts[i]!,
          ]),
        );
      }
    } finally {
      await setPortalGrant(lotse, false);
    }
  });

  // Wartende Anfragen abbrechen: operating the portal, not changing it — no grant needed, but only
  // company managers may.
  const waitingOf = (portalId: string) =>
    db<{ status: string }>(
      'SELECT r.status FROM "SupportRequest" r JOIN "SubPortal" s ON s.id = r.subPortalId WHERE s.portalId = ?',
      portalId,
    );
  await run({
    name: "portals: cancelWaitingRequests",
    capture: `/manager/portals/${P.Q}/waiting-requests`,
    form: 'main form:has(input[name="portalId"])',
    success: /^\/manager\/portals\/[^/?]+ \+ notice:waitingRequestsCancelled:\d+$/,
    snapshot: () => waitingOf(P.Q),
    attempts: [
      ...outsiders([...TEAM_MANAGERS, ...NOBODY], [["portalId", P.Q]]),
      {
        principal: "company",
        expected: "allow",
        fields: [["portalId", P.Q]],
        verify: () => expect(waitingOf(P.Q).every((r) => r.status !== "waiting")).toBe(true),
      },
    ],
  });
  await matrix.report("portals");
});
