// Next's production server answers a page that calls notFound() — or fails while rendering — with
// an empty document (<html id="__next_error__">) whose content only the browser's JavaScript puts
// in: without JavaScript the page stays blank (vercel/next.js#98954, #98295). A URL that matches
// no route, on the other hand, gets app/not-found.tsx rendered on the server, inside the root
// layout, titled and in the visitor's language. So for such an empty answer to a GET, this step
// serves what the server renders for a URL that matches nothing (404) or for /server-error (5xx),
// with the visitor's cookies and languages and the original status — everyone gets the real page.
import { randomBytes } from "node:crypto";
import zlib from "node:zlib";

const EMPTY_ERROR_DOCUMENT = '<html id="__next_error__"';
/** No route matches this: Next renders app/not-found.tsx for it. */
const NOT_FOUND_PATH = "/__lotse/not-found";
const SERVER_ERROR_PATH = "/server-error";
/** Which address the page was asked for: the not-found page words itself for customers on /p/. */
export const ERROR_FOR_HEADER = "x-lotse-error-for";
const INTERNAL_HEADER = "x-lotse-internal";
const internalToken = randomBytes(16).toString("hex");

/**
 * Wraps Next's request handler. `origin()` gives the server's own address (http://127.0.0.1:3000)
 * for the page it fetches in place of an empty one.
 */
export function withServerRenderedErrorPages(handle, origin) {
  return (req, res) => {
    // Only this process may say which address an error page stands for.
    if (req.headers[INTERNAL_HEADER] !== internalToken) delete req.headers[ERROR_FOR_HEADER];
    delete req.headers[INTERNAL_HEADER];
    if (req.method === "GET") holdErrorDocuments(req, res, origin);
    return handle(req, res);
  };
}

/**
 * Holds back a 404 or 5xx HTML answer until it is complete; passes everything else through as it
 * comes. Error documents are small, and Next sends its headers only with the first bytes.
 */
function holdErrorDocuments(req, res, origin) {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  const flushHeaders = res.flushHeaders.bind(res);
  let holding = null;
  let released = false;
  const chunks = [];
  const decide = () => {
    if (holding === null) {
      const type = String(res.getHeader("content-type") ?? "");
      holding = (res.statusCode === 404 || res.statusCode >= 500) && type.startsWith("text/html");
    }
    return holding && !released;
  };
  const keep = (chunk, encoding) => {
    if (chunk)
      chunks.push(
        Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"),
      );
  };
  // Headers stay open while the answer is held (compression, for one, writes them before the body).
  res.writeHead = (status, ...rest) => {
    if (typeof status === "number") res.statusCode = status;
    if (!decide()) return writeHead(status, ...rest);
    const headers = rest.find((arg) => arg && typeof arg === "object");
    for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
    return res;
  };
  res.flushHeaders = () => (decide() ? undefined : flushHeaders());
  res.write = (chunk, encoding, callback) => {
    if (!decide()) return write(chunk, encoding, callback);
    keep(chunk, encoding);
    (typeof encoding === "function" ? encoding : callback)?.();
    return true;
  };
  res.end = (chunk, encoding, callback) => {
    if (typeof chunk === "function") [chunk, callback] = [undefined, chunk];
    if (!decide()) return end(chunk, encoding, callback);
    keep(chunk, encoding);
    released = true;
    void finish(Buffer.concat(chunks)).then(callback);
    return res;
  };

  async function finish(body) {
    const encoding = String(res.getHeader("content-encoding") ?? "");
    const text = decode(body, encoding);
    if (!text?.includes(EMPTY_ERROR_DOCUMENT)) return new Promise((resolve) => end(body, resolve));
    try {
      const page = await fetch(new URL(res.statusCode === 404 ? NOT_FOUND_PATH : SERVER_ERROR_PATH, origin()), {
        headers: {
          cookie: req.headers.cookie ?? "",
          "accept-language": req.headers["accept-language"] ?? "",
          "accept-encoding": "identity",
          [ERROR_FOR_HEADER]: req.url ?? "/",
          [INTERNAL_HEADER]: internalToken,
        },
        redirect: "manual",
      });
      const html = Buffer.from(await page.arrayBuffer());
      // The page's inline scripts carry the nonce of its own Content-Security-Policy.
      res.setHeader("content-security-policy", page.headers.get("content-security-policy") ?? "");
      res.setHeader("content-type", page.headers.get("content-type") ?? "text/html; charset=utf-8");
      res.removeHeader("content-encoding");
      res.setHeader("content-length", html.length);
      return new Promise((resolve) => end(html, resolve));
    } catch {
      return new Promise((resolve) => end(body, resolve));
    }
  }
}

function decode(body, encoding) {
  try {
    if (encoding === "gzip") return zlib.gunzipSync(body).toString("utf8");
    if (encoding === "br") return zlib.brotliDecompressSync(body).toString("utf8");
    if (encoding === "deflate") return zlib.inflateSync(body).toString("utf8");
    return encoding ? null : body.toString("utf8");
  } catch {
    return null;
  }
}
