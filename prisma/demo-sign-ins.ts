// Who signs in to the demo organisation (prisma/seed-demo.ts), also used by `npm run screenshots`.
export const DEMO_PASSWORD = "Lotse-Demo-2026";

export const DEMO_SIGN_INS: { loginId: string; role: string; name: string }[] = [
  { loginId: "admin@demo.lotse", role: "system administrator", name: "" },
  { loginId: "clara.chef@demo.lotse", role: "company manager", name: "Clara Chef" },
  { loginId: "tom.team@demo.lotse", role: "team manager of Support (all rights)", name: "Tom Team" },
  { loginId: "tina.team@demo.lotse", role: "team manager of Vertrieb (no add/delete rights)", name: "Tina Team" },
  { loginId: "api@demo.lotse", role: "API manager", name: "Provisioning API" },
  { loginId: "anna.albers@demo.lotse", role: "agent with Management Center access", name: "Anna Albers" },
];
