// `npm run dev`: bring the development database up to date before Next starts.
import { defaultDatabaseUrl, migrate } from "./lib/runtime.mjs";

migrate(defaultDatabaseUrl());
