import { describe, expect, it } from "vitest";
import { revocableApiToken, revokeApiToken } from "@/lib/api/api-tokens";
import { createApiTokenRecord, createUserRecord, signedInPrincipal } from "@/prisma/factories";

describe("the token a revoke page names", () => {
  it("is one of the API manager's own tokens not yet revoked; anything else is not found", async () => {
    const owner = await createUserRecord({ kind: "manager", role: "api" });
    const actor = await signedInPrincipal(owner);
    const { token } = await createApiTokenRecord({ userId: owner.id, name: "Okta" });
    expect(await revocableApiToken(actor, token.id)).toEqual({
      id: token.id,
      name: "Okta",
      prefix: token.prefix,
      expiresAt: token.expiresAt,
    });
    const otherApi = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "api" }));
    const company = await signedInPrincipal(await createUserRecord({ kind: "manager", role: "company" }));
    await expect(revocableApiToken(otherApi, token.id)).rejects.toThrow(/not found/);
    await expect(revocableApiToken(company, token.id)).rejects.toThrow(/not found/);
    await expect(revocableApiToken({ ...actor, apiToken: { id: token.id, name: "Okta" } }, token.id)).rejects.toThrow(
      /not found/,
    );
    await revokeApiToken(actor, token.id);
    await expect(revocableApiToken(actor, token.id)).rejects.toThrow(/not found/);
  });
});
