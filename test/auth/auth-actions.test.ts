import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  chooseLanguageAction,
  signInToAdminCenterAction,
  signInToManagementCenterAction,
  signOutOfAgentConsoleAction,
  signOutOfManagementCenterAction,
} from "@/app/auth-actions";
import { autoRefreshAction } from "@/app/auto-refresh-actions";
import { resetPasswordAction } from "@/app/reset-password/[token]/actions";
import { saveManagerSettingsAction } from "@/app/settings-actions";
import { AUTO_REFRESH_COOKIE } from "@/components/live/auto-refresh";
import type { Principal } from "@/lib/auth/principal";
import { currentPrincipal } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { initialFormState } from "@/lib/forms/form-state";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { createUserRecord, DEFAULT_TEST_PASSWORD, signedInPrincipal } from "@/prisma/factories";
import { answerOf, form, NOT_FOUND } from "@/test/action-answers";
import { cookieSet } from "@/test/fake-request";
import { resetDatabase } from "@/test/reset-database";

// Sign-in, sign-out, the language and auto-refresh switches, Meine Einstellungen and the reset link:
// the actions anyone (or anyone signed in to a realm) may send, through the form helper.
vi.mock("next/headers", async () => (await import("@/test/fake-request")).nextHeaders);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock(import("@/lib/auth/session"), async (original) => ({ ...(await original()), currentPrincipal: vi.fn() }));
const signedIn = (principal: Principal | null) => vi.mocked(currentPrincipal).mockResolvedValue(principal);

beforeEach(async () => {
  await resetDatabase();
  signedIn(null);
});

describe("sign-in", () => {
  it("needs both fields before anything is checked: each says what is missing, the login stays, the password does not", async () => {
    expect(await signInToManagementCenterAction(initialFormState, form({ loginId: " ", password: "" }))).toEqual({
      fieldErrors: { loginId: "loginIdRequired", password: "signInPasswordRequired" },
      values: { loginId: " " },
      fieldOrder: ["loginId", "password"],
    });
    expect(await signInToManagementCenterAction(initialFormState, form({ loginId: "kim@lotse.test" }))).toMatchObject({
      fieldErrors: { password: "signInPasswordRequired" },
      values: { loginId: "kim@lotse.test" },
    });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("a refusal is the form's error; the right password signs in and leads to the realm's landing page", async () => {
    const manager = await createUserRecord({ kind: "manager", role: "company" });
    const wrong = await signInToManagementCenterAction(
      initialFormState,
      form({ loginId: manager.loginId, password: "not-the-password" }),
    );
    expect(wrong).toEqual({
      fieldErrors: { form: "signInInvalid" },
      values: { loginId: manager.loginId },
      fieldOrder: ["loginId", "password"],
    });
    expect(
      await signInToAdminCenterAction(
        initialFormState,
        form({ loginId: manager.loginId, password: DEFAULT_TEST_PASSWORD }),
      ),
    ).toMatchObject({ fieldErrors: { form: "signInElsewhere.manager" } });
    expect(
      await answerOf(
        signInToManagementCenterAction(
          initialFormState,
          form({ loginId: ` ${manager.loginId} `, password: DEFAULT_TEST_PASSWORD }),
        ),
      ),
    ).toMatch(/^redirect \/manager\//);
    expect(await db.session.count({ where: { userId: manager.id, realm: "manager" } })).toBe(1);
  });
});

describe("sign-out and the switches", () => {
  it("signs out without a form and without a session, with the notice on the sign-in page", async () => {
    expect(await answerOf(signOutOfManagementCenterAction())).toBe("redirect /manager + notice:signedOut");
    expect(await answerOf(signOutOfAgentConsoleAction())).toBe("redirect /agent + notice:signedOut");
  });

  it("sets the language and the auto refresh for this browser, and goes back only to a page of this site", async () => {
    expect(await answerOf(chooseLanguageAction(form({ locale: "en", next: "/agent" })))).toBe("redirect /agent");
    expect(await answerOf(chooseLanguageAction(form({ locale: "en", next: "//evil.test" })))).toBe("redirect /manager");
    await chooseLanguageAction(form({ locale: "xx" })).catch(() => undefined);
    expect(cookieSet(LOCALE_COOKIE)).toBeUndefined();
    await chooseLanguageAction(form({ locale: "en" })).catch(() => undefined);
    expect(cookieSet(LOCALE_COOKIE)?.value).toBe("en");
    await autoRefreshAction(form({ autoRefresh: "off", back: "/agent" })).catch(() => undefined);
    expect(cookieSet(AUTO_REFRESH_COOKIE)?.value).toBe("off");
  });
});

describe("Meine Einstellungen", () => {
  it("saves while a password change is pending, and hands field errors back without the passwords", async () => {
    const user = await createUserRecord({ kind: "manager", role: "company" });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const principal = await signedInPrincipal({ ...user, mustChangePassword: true });
    signedIn(principal);
    const fields = {
      email: user.email,
      timeZone: "Europe/Berlin",
      language: "de",
      currentPassword: "",
      newPassword: "",
    };
    const state = await saveManagerSettingsAction(
      initialFormState,
      form({ ...fields, email: "kaputt", currentPassword: DEFAULT_TEST_PASSWORD, newPasswordConfirm: "x" }),
    );
    expect(state.fieldErrors).toMatchObject({ email: "emailFormat" });
    expect(state.values).toEqual({ email: "kaputt", timeZone: "Europe/Berlin", language: "de" });
    expect(
      await answerOf(saveManagerSettingsAction(initialFormState, form({ ...fields, newPasswordConfirm: "" }))),
    ).toBe("redirect /manager/settings + notice:saved");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ language: "de" });
  });

  it("sends a signed-out visitor to the sign-in page", async () => {
    expect(await answerOf(saveManagerSettingsAction(initialFormState, form({ language: "de" })))).toBe(
      "redirect /manager",
    );
  });
});

describe("the reset link", () => {
  it("answers 404 to a forged token and a form error to an unknown one", async () => {
    const fields = form({ password: "Ein-neues-Passwort-42", passwordConfirm: "Ein-neues-Passwort-42" });
    for (const forged of [42, { token: "x" }, "x".repeat(500), null]) {
      expect(await answerOf(resetPasswordAction(forged, initialFormState, fields))).toBe(NOT_FOUND);
    }
    expect(await resetPasswordAction("unknown-token", initialFormState, fields)).toEqual({
      fieldErrors: { form: "resetLinkInvalid" },
      values: {},
      fieldOrder: ["password", "passwordConfirm"],
    });
  });
});
