// The admin CLI beside a running Lotse (issue 14): `npm run admin -- create-company-manager` and
// `reset-password` against the database the test server is serving — no migration is pending, so
// none is started, and the server's lock is no obstacle. The manager it creates signs in at once;
// after a reset only the new password works, and it must be changed. A mistake is one line.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "./support/fixtures";
import { databaseFile, password, tag } from "./support/organisation";

// The CLI is the same whichever browser runs beside it: one project runs it.
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "the CLI does not depend on the browser");

const ROOT = path.resolve(__dirname, "..");

/** `npm run admin -- …` against the test server's database; never throws, returns what it said. */
async function admin(baseURL: string | undefined, ...args: string[]) {
  const file = databaseFile(baseURL);
  try {
    const { stdout, stderr } = await promisify(execFile)(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["--tsconfig", "scripts/tsconfig.json", "scripts/admin.ts", ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}`, LOTSE_DATA_DIR: path.dirname(file) } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

test("admin CLI while Lotse runs: a company manager is created, a password reset; a mistake is one line", async ({
  page,
  lotse,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const x = tag();
  const loginId = `cli-${x}@lotse.test`;
  const first = password();

  const created = await admin(
    baseURL,
    "create-company-manager",
    "--login",
    loginId,
    "--email",
    loginId,
    "--name",
    `Konsole ${x}`,
    "--password",
    first,
  );
  expect(created, created.stderr).toMatchObject({ code: 0, stdout: `Company manager ${loginId} created.\n` });
  await lotse.signIn(page, "manager", { loginId, password: first });

  const temporary = password();
  const reset = await admin(baseURL, "reset-password", "--login", loginId, "--password", temporary);
  expect(reset, reset.stderr).toMatchObject({ code: 0 });
  expect(reset.stdout).toContain(`Password of ${loginId} reset`);
  const fresh = await lotse.newPage();
  await lotse.submitSignIn(fresh, "manager", { loginId, password: temporary });
  await expect(fresh).toHaveURL(/\/manager\/settings$/);
  await lotse.checkOnce(fresh);

  const unknown = await admin(baseURL, "reset-password", "--login", `nobody-${x}@lotse.test`, "--password", temporary);
  expect(unknown).toMatchObject({ code: 1, stderr: "No such user.\n" });
});
