// Signing in at the agent console (/agent), as the live-support specs need it.
import { expect, type Page } from "@playwright/test";
import type { Lotse } from "./fixtures";
import { de } from "./messages";

/** Signs the agent in at /agent and returns on the console's start page. */
export async function agentSignIn(
  lotse: Lotse,
  page: Page,
  agent: { loginId: string; password: string },
): Promise<void> {
  await page.goto("/agent");
  await lotse.checkOnce(page);
  await page.getByLabel(de.SignIn.loginId, { exact: true }).fill(agent.loginId);
  await page.getByLabel(de.SignIn.password, { exact: true }).fill(agent.password);
  await page.getByRole("button", { name: de.SignIn.submit, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: de.AgentConsole.title, exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/agent$/);
}
