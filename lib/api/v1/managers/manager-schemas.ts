import { z } from "zod";
import { TEAM_MANAGER_RIGHTS } from "@/lib/access/rights";

export const managerIdParams = z.object({
  managerId: z.string().min(1).max(100).meta({ description: "The team manager's id." }),
});

export const teamManagerSchema = z
  .object({
    id: z.string(),
    loginId: z.string(),
    email: z.string(),
    name: z.string(),
    disabled: z.boolean().meta({ description: "True when the manager may not sign in." }),
    teams: z
      .array(
        z
          .object({ id: z.string(), path: z.string().meta({ description: "e.g. `Support › Level 2`." }) })
          .meta({ id: "ManagedTeam" }),
      )
      .meta({ description: "The teams assigned to the manager; their sub-teams come with them." }),
    rights: z.array(z.enum(TEAM_MANAGER_RIGHTS)).meta({ description: "The team-level rights granted." }),
  })
  .meta({ id: "TeamManager" });
