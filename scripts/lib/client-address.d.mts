import type { IncomingMessage } from "node:http";

export type Trust = (address: string, index: number) => boolean;
export const CLIENT_ADDRESS_HEADER: string;
export function compileTrust(setting: string | undefined): Trust | null;
export function stampClientAddress(req: Pick<IncomingMessage, "headers" | "socket">, trust: Trust | null): void;
