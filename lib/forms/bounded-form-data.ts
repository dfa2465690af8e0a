/**
 * A request's multipart/form-data body, read with a byte limit that counts what actually arrives.
 *
 * Why not trust Content-Length: a chunked upload has none, and a client may send more than it
 * declared. And why a cut-off body must count as too large: with proxy.ts in place, Next buffers
 * every request body for the proxy and hands the route only its first `proxyClientMaxBodySize`
 * bytes (next.config.mjs), dropping the rest without a word. Such a body is multipart without its
 * end, so parsing it fails — which used to read as "no file chosen". As long as `maxBytes` stays
 * below that buffer size, a cut-off body has always passed the limit here first.
 *
 * "tooLarge" as soon as more than `maxBytes` have arrived (the rest is not read); "invalid" when
 * the body is not multipart/form-data.
 */
export async function boundedFormData(request: Request, maxBytes: number): Promise<FormData | "tooLarge" | "invalid"> {
  const bytes = await boundedBody(request, maxBytes);
  if (bytes === "tooLarge") return "tooLarge";
  const body = new Response(bytes, {
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  });
  try {
    return await body.formData();
  } catch {
    return "invalid";
  }
}

/**
 * A request's raw body, read with the same counting limit (a recording's chunk, for one): "tooLarge"
 * as soon as more than `maxBytes` have arrived, for the same reasons as above.
 */
export async function boundedBody(request: Request, maxBytes: number): Promise<Buffer<ArrayBuffer> | "tooLarge"> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      received += read.value.byteLength;
      if (received > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return "tooLarge";
      }
      chunks.push(read.value);
    }
  }
  return Buffer.concat(chunks);
}
