/** Sitzungsinformationen: the search, and one session's page by its number. */
export const SESSION_INFORMATION_PATH = "/manager/session-information";

export function sessionInformationPath(number: string): string {
  return `${SESSION_INFORMATION_PATH}/${encodeURIComponent(number)}`;
}
