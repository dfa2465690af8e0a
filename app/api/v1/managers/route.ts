import { apiRoute } from "@/lib/api/api-route";
import { apiListManagers } from "@/lib/api/v1/managers/list-managers";

// Read only: only company managers add or change managers (decision record 28).
export const GET = apiRoute(apiListManagers);
