// The UI texts, straight from the app's message files, so specs click what a user reads.
import de from "../../messages/de.json";
import en from "../../messages/en.json";

export { de, en };
export const messages = { de, en } as const;
export type Locale = keyof typeof messages;
export type Messages = typeof de;

/** Top-level namespaces of the message files (Common, Nav, SignIn, …). */
export const namespaces = Object.keys(en);
