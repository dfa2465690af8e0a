import "server-only";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { isOpen, type OpeningState } from "./is-open";
import { bySetOrder } from "./set-order";
import { storedWeek } from "./week";

export type { OpeningState } from "./is-open";

/**
 * Whether a portal takes requests at `at`, for the public portal page (no actor: anyone may ask).
 * A deleted or unknown portal is not found.
 */
export async function portalOpeningState(portalId: string, at: Date): Promise<OpeningState> {
  const portal = await db.portal.findFirst({
    where: { id: portalId, deletedAt: null },
    select: {
      businessHours: {
        select: {
          set: {
            select: {
              id: true,
              name: true,
              timeZone: true,
              week: true,
              closedMessageDe: true,
              closedMessageEn: true,
            },
          },
        },
      },
      holidaySets: {
        select: {
          set: {
            select: {
              id: true,
              name: true,
              timeZone: true,
              closedMessageDe: true,
              closedMessageEn: true,
              dates: { select: { name: true, startDate: true, endDate: true, everyYear: true } },
            },
          },
        },
      },
    },
  });
  if (!portal) throw new NotFoundError("portal");
  // The order decides whose closed message shows: the order of the Geschäftszeiten page.
  const hours = portal.businessHours.map((link) => link.set).sort(bySetOrder);
  const holidays = portal.holidaySets.map((link) => link.set).sort(bySetOrder);
  return isOpen(
    {
      hours: hours.map((set) => ({
        timeZone: set.timeZone,
        week: storedWeek(set.week),
        closedMessage: { de: set.closedMessageDe, en: set.closedMessageEn },
      })),
      holidays: holidays.map((set) => ({
        timeZone: set.timeZone,
        closedMessage: { de: set.closedMessageDe, en: set.closedMessageEn },
        dates: set.dates,
      })),
    },
    at,
  );
}
