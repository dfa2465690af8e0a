import { apiRoute } from "@/lib/api/api-route";
import { apiGetManager } from "@/lib/api/v1/managers/get-manager";

// Read only: only company managers add or change managers (decision record 28).
export const GET = apiRoute(apiGetManager);
