// The choices of E-Mail-Zustellung, without the parser: the Berichte form (a client component) needs
// only these.

/** How often a series is sent (E-Mail-Zustellung): täglich, wöchentlich, monatlich. */
export const FREQUENCIES = ["daily", "weekly", "monthly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** What the mail carries: a CSV or Excel file, or the report itself in the mail's body. */
export const DELIVERY_FORMATS = ["csv", "xlsx", "html"] as const;
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];

/** 1 = Monday … 7 = Sunday, as ISO 8601 counts them. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
