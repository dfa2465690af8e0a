import { type NextRequest, NextResponse } from "next/server";
import { FORM_BODY_LIMIT_BYTES } from "@/lib/config/body-limits.mjs";
import { FLASH_COOKIE, FLASH_HEADER } from "@/lib/flash/flash";
import { logRefusal } from "@/lib/logging/logger";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and htmx set style properties from script; no third-party styles are ever loaded.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * A POST from another site is refused before it reaches any action or route handler. Next's server
 * actions check Origin too; this also covers route handlers and requests without an Origin header.
 */
function isCrossOrigin(request: NextRequest): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return origin === "null";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** A customer portal form is a few kilobytes; anything far larger is not a person typing. */
const MAX_PORTAL_POST_BYTES = 64 * 1024;

/**
 * File uploads into a session (customer and agent side): their handlers enforce the file size limit
 * themselves (and answer fetch callers with JSON, not a redirect).
 */
const SESSION_FILE_UPLOAD = /^\/p\/[^/]+\/requests\/[^/]+\/sessions\/[^/]+\/files$/;
const AGENT_FILE_UPLOAD = /^\/agent\/sessions\/[^/]+\/files$/;

/**
 * An oversized post to a public portal page goes back to the page with a message (post/redirect/get)
 * instead of Next's bare 413 for bodies over the server actions' limit.
 */
function isOversizedPortalPost(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (request.method !== "POST" || !pathname.startsWith("/p/") || SESSION_FILE_UPLOAD.test(pathname)) return false;
  return Number(request.headers.get("content-length") ?? 0) > MAX_PORTAL_POST_BYTES;
}

/**
 * A form larger than any action takes (Next would answer a bare 500) goes back to its page with
 * ?error=formTooLarge, which the page shows at the top (components/shell/RequestTooLargeAlert.tsx).
 * Without JavaScript that is a redirect; a server action called by script gets the header its
 * client follows instead.
 */
function formTooLargeResponse(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  if (request.method !== "POST" || AGENT_FILE_UPLOAD.test(pathname) || SESSION_FILE_UPLOAD.test(pathname)) return null;
  // The APIs answer an oversized body themselves, as a problem in their own format (lib/api/api-route.ts).
  if (pathname.startsWith("/api/") || pathname.startsWith("/scim/")) return null;
  if (Number(request.headers.get("content-length") ?? 0) <= FORM_BODY_LIMIT_BYTES) return null;
  const back = request.nextUrl.clone();
  back.search = "?error=formTooLarge";
  if (request.headers.has("next-action")) {
    return new NextResponse(null, {
      status: 200,
      headers: { "x-action-redirect": `${back.pathname}${back.search};replace`, "content-type": "text/plain" },
    });
  }
  return NextResponse.redirect(back, 303);
}

/**
 * X-Forwarded-Proto reaches us only from a trusted proxy (scripts/serve.mjs drops it otherwise, and
 * Next sets it from the socket), so it can be believed here.
 */
function servedOverHttps(request: NextRequest): boolean {
  return request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
}

/**
 * The flash an action left in a cookie (lib/flash, decision record 16) goes to the render of this
 * request as a header — a page cannot delete a cookie — and the cookie is deleted on its response,
 * so the notice shows exactly once. Only a page fetch takes it: a POST (a failed submit), a
 * prefetch of a link, an htmx fetch or an event stream must not use up the notice meant for the
 * page after the redirect.
 */
function takeFlash(request: NextRequest): string | null {
  if (request.method !== "GET" || request.headers.has("next-router-prefetch")) return null;
  // Nor does a fetch by htmx (a live page morphing a region in) or an event stream: a page that
  // has not yet been replaced by the one after the redirect must not use up that page's notice.
  if (request.headers.has("hx-request") || request.headers.get("accept")?.includes("text/event-stream")) return null;
  return request.cookies.get(FLASH_COOKIE)?.value ?? null;
}

export function proxy(request: NextRequest) {
  if (UNSAFE_METHODS.has(request.method) && isCrossOrigin(request)) {
    logRefusal("crossOrigin", { method: request.method, path: request.nextUrl.pathname });
    return new NextResponse("Cross-origin request refused", { status: 403 });
  }
  if (isOversizedPortalPost(request)) {
    logRefusal("tooLarge", { path: request.nextUrl.pathname });
    const back = request.nextUrl.clone();
    back.search = "?error=requestTooLarge";
    return NextResponse.redirect(back, 303);
  }
  const tooLarge = formTooLargeResponse(request);
  if (tooLarge) {
    logRefusal("tooLarge", { path: request.nextUrl.pathname });
    return tooLarge;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-lotse-pathname", request.nextUrl.pathname + request.nextUrl.search);
  const flash = takeFlash(request);
  // Whatever a client sends under this name is not a flash of ours.
  requestHeaders.delete(FLASH_HEADER);
  if (flash) requestHeaders.set(FLASH_HEADER, flash);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (flash) response.cookies.delete({ name: FLASH_COOKIE, path: "/" });
  response.headers.set("Content-Security-Policy", csp);
  if (servedOverHttps(request))
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
