import { apiRoute } from "@/lib/api/api-route";
import { getTokenInfo } from "@/lib/api/v1/token-info";

export const GET = apiRoute(getTokenInfo);
