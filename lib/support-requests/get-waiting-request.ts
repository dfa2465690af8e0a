import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { hashRequestToken, looksLikeRequestToken } from "./request-token";

/** What the customer's waiting page shows: their own request, nothing about agents or others. */
export type WaitingRequest = {
  id: number;
  status: string;
  portalName: string;
  subPortalName: string;
  createdAt: Date;
  customerName: string;
  problem: string;
  portalType: string;
  /** The page the customer sent it from (/p/<portal>/<sub-portal>): where to try again. */
  portalPath: string;
};

/**
 * The request behind `/p/<portalSlug>/requests/<token>`. The token is the only key (the request
 * number alone opens nothing); the portal in the URL must be the request's, and a portal deleted
 * since is gone for customers. Anything else is not found.
 */
export async function getWaitingRequest(portalSlug: string, token: string): Promise<WaitingRequest> {
  if (!looksLikeRequestToken(token)) throw new NotFoundError("support request");
  const request = await db.supportRequest.findFirst({
    where: {
      token: hashRequestToken(token),
      subPortal: { portal: { slug: portalSlug, deletedAt: null } },
    },
    select: {
      id: true,
      status: true,
      portalName: true,
      subPortalName: true,
      createdAt: true,
      customerName: true,
      problem: true,
      portalType: true,
      subPortal: { select: { slug: true } },
    },
  });
  if (!request) throw new NotFoundError("support request");
  const { subPortal, ...rest } = request;
  const portalPath = `/p/${encodeURIComponent(portalSlug)}${subPortal.slug ? `/${encodeURIComponent(subPortal.slug)}` : ""}`;
  return { ...rest, portalPath };
}
