// `npm run admin -- <command> [options]`: administration without a browser.
import { parseArgs } from "node:util";
import { createCompanyManager, resetUserPassword } from "@/lib/admin/company-managers";
import type { SystemActor } from "@/lib/auth/principal";
import { defaultTimeZone } from "@/lib/config/env";
import { NotFoundError, ValidationError } from "@/lib/errors/domain-errors";
import { createFirstAdministrator } from "@/lib/setup/first-run";
import { checkSettingsOrExit } from "./lib/check-settings.mjs";
import { defaultDatabaseUrl, MigrationError, migrate } from "./lib/runtime.mjs";

const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  create-admin            --login <id> --password <pw>       the system administrator (first run only)
  create-company-manager  --login <id> --email <e> --name <n> --password <pw> [--language de|en]
  reset-password          --login <id> --password <pw>       any user; they must change it at next sign-in

The database is DATABASE_URL, or ./data/lotse.db (LOTSE_DATA_DIR).`;

const actor: SystemActor = { type: "system", label: "cli" };

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      login: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      language: { type: "string", default: "de" },
    },
  });
  const opt = (key: keyof typeof values) => String(values[key] ?? "");
  checkSettingsOrExit();
  process.env.DATABASE_URL = defaultDatabaseUrl();
  migrate(process.env.DATABASE_URL);

  switch (command) {
    case "create-admin": {
      const admin = await createFirstAdministrator(
        {
          loginId: opt("login"),
          password: opt("password"),
          passwordConfirm: opt("password"),
          language: opt("language"),
          timeZone: defaultTimeZone(),
        },
        actor,
      );
      if (!admin) {
        console.error("A system administrator already exists; use reset-password instead.");
        return 1;
      }
      console.log(`System administrator ${admin.loginId} created.`);
      return 0;
    }
    case "create-company-manager": {
      const user = await createCompanyManager(actor, {
        loginId: opt("login"),
        email: opt("email"),
        name: opt("name"),
        language: opt("language"),
        password: opt("password"),
        passwordConfirm: opt("password"),
      });
      console.log(`Company manager ${user.loginId} created.`);
      return 0;
    }
    case "reset-password": {
      await resetUserPassword(
        actor,
        { loginId: opt("login") },
        { password: opt("password"), passwordConfirm: opt("password") },
      );
      console.log(`Password of ${opt("login")} reset; a new one must be chosen at the next sign-in.`);
      return 0;
    }
    default:
      console.log(USAGE);
      return command && command !== "help" ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof ValidationError) {
      for (const [field, problem] of Object.entries(error.fieldErrors)) console.error(`${field}: ${problem}`);
    } else if (error instanceof NotFoundError) {
      console.error("No such user.");
    } else if (error instanceof MigrationError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
