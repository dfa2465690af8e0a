import type { Page } from "@playwright/test";
import { de } from "./messages";

/** The "Löschen" section at the end of a settings page, apart from its save button. */
export const dangerZone = (page: Page) => page.getByRole("region", { name: de.Common.dangerZone, exact: true });
