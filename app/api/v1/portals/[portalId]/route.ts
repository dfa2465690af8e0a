import { apiRoute } from "@/lib/api/api-route";
import { apiGetPortal } from "@/lib/api/v1/portals/get-portal";

// Read only: portals are not the API's to change (decision record 28).
export const GET = apiRoute(apiGetPortal);
