/** Sitzungsinformationen: the search, and one session's page by its number. */
export const SESSION_INFORMATION_PATH = "/manager/session-information";

export function sessionInformationPath(number: string): string {
  return `${SESSION_INFORMATION_PATH}/${encodeURIComponent(number)}`;
}

/** Passphrase für Sitzungswiedergabe: set or change a portal's passphrase, and remove it on a page of its own. */
export const REPLAY_PASSPHRASE_PATH = `${SESSION_INFORMATION_PATH}/passphrase`;
export const REMOVE_REPLAY_PASSPHRASE_PATH = `${REPLAY_PASSPHRASE_PATH}/remove`;
