import { apiRoute } from "@/lib/api/api-route";
import { apiListPortals } from "@/lib/api/v1/portals/list-portals";

// Read only: portals are not the API's to change (decision record 28).
export const GET = apiRoute(apiListPortals);
