import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The layering rules of eslint.config.mjs, run as `npm run lint` runs them, on files that are not there.
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("layering", () => {
  it("a component never imports from a route", async () => {
    expect(
      await problems(
        "components/example/SignOutButton.tsx",
        `import { signOutOfAdminCenterAction } from "@/app/auth-actions";
export function SignOutButton() { return <form action={signOutOfAdminCenterAction} />; }`,
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*take the server action or data as a prop/)]);
    expect(
      await problems(
        "components/example/Types.ts",
        `import type { FormState } from "../../app/example/actions";
export type Example = FormState;`,
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  });

  it("a component still never imports Prisma", async () => {
    expect(
      await problems("components/example/Count.tsx", `import { db } from "@/lib/db/client";\nexport const n = db;`),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*Use a domain function/)]);
  });

  it("the domain imports no component but the e-mail templates", async () => {
    expect(
      await problems(
        "lib/example/render-list.ts",
        `import { Pagination } from "@/components/shell/Pagination";\nexport const shown = Pagination;`,
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*e-mail templates/)]);
    expect(
      await problems(
        "lib/example/welcome-mail.ts",
        `import { TestEmail } from "@/components/emails/TestEmail";\nexport const template = TestEmail;`,
      ),
    ).toEqual([]);
  });

  it("the domain never imports from a route", async () => {
    expect(
      await problems(
        "lib/example/uses-action.ts",
        `import { autoRefreshAction } from "@/app/auto-refresh-actions";\nexport const a = autoRefreshAction;`,
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  });

  it("a route may import components and the domain", async () => {
    expect(
      await problems(
        "app/example/page.tsx",
        `import { Notice } from "@/components/shell/Notice";
import { requirePrincipal } from "@/lib/auth/require-principal";
export default async function Page() { await requirePrincipal("manager"); return <Notice />; }`,
      ),
    ).toEqual([]);
  });
});

describe("no writes during render", () => {
  it("a page that touches the console presence while rendering fails", async () => {
    expect(
      await problems(
        "app/agent/example/page.tsx",
        `import { requirePrincipal } from "@/lib/auth/require-principal";
import { touchPresence } from "@/lib/live/presence";
export default async function Page() {
  const principal = await requirePrincipal("agent");
  await touchPresence(principal);
  return <p>{principal.displayName}</p>;
}`,
      ),
    ).toEqual([expect.stringMatching(/^lotse\/no-write-during-render: 'touchPresence' writes/)]);
  });

  it("a page that reads passes", async () => {
    expect(
      await problems(
        "app/agent/example/page.tsx",
        `import { requirePrincipal } from "@/lib/auth/require-principal";
import { openSessionsOf } from "@/lib/live/presence";
import { getMySettings } from "@/lib/users/update-my-settings";
export default async function Page() {
  const principal = await requirePrincipal("agent");
  const [sessions, settings] = await Promise.all([openSessionsOf(principal), getMySettings(principal)]);
  return <p>{sessions.length} {settings.loginId}</p>;
}`,
      ),
    ).toEqual([]);
  });
});
