/** Where Monatliche Berichte live. */
export const MONTHLY_REPORTS_PATH = "/manager/reports/monthly";
export const monthlyResultPath = (resultId: string) => `${MONTHLY_REPORTS_PATH}/${resultId}`;
export const monthlyDownloadPath = (resultId: string) => `${MONTHLY_REPORTS_PATH}/${resultId}/download`;
/** The delete page has a static segment of its own: the month's pages take `[resultId]` beside it. */
export const monthlyDeletePath = (monthlyReportId: string) => `${MONTHLY_REPORTS_PATH}/delete/${monthlyReportId}`;
