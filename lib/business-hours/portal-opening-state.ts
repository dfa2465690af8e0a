import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors/domain-errors";
import { isOpen, type OpeningState } from "./is-open";
import { bySetOrder } from "./set-order";
import { storedWeek } from "./week";

export type { OpeningState } from "./is-open";

const closedMessages = { closedMessageDe: true, closedMessageEn: true } as const;

/** What isOpen needs of a portal: its hours and holiday sets (a Prisma select for a portal). */
export const portalScheduleSelect = {
  id: true,
  businessHours: {
    select: { set: { select: { id: true, name: true, timeZone: true, week: true, ...closedMessages } } },
  },
  holidaySets: {
    select: {
      set: {
        select: {
          id: true,
          name: true,
          timeZone: true,
          ...closedMessages,
          dates: { select: { name: true, startDate: true, endDate: true, everyYear: true } },
        },
      },
    },
  },
} satisfies Prisma.PortalSelect;

type PortalWithSchedule = Prisma.PortalGetPayload<{ select: typeof portalScheduleSelect }>;

/** Whether a portal read with portalScheduleSelect takes requests at `at`. */
export function openingStateOf(portal: PortalWithSchedule, at: Date): OpeningState {
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

/**
 * Whether a portal takes requests at `at`, for the public portal page (no actor: anyone may ask).
 * A deleted or unknown portal is not found.
 */
export async function portalOpeningState(portalId: string, at: Date): Promise<OpeningState> {
  const portal = await db.portal.findFirst({ where: { id: portalId, deletedAt: null }, select: portalScheduleSelect });
  if (!portal) throw new NotFoundError("portal");
  return openingStateOf(portal, at);
}
