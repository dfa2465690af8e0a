/** The representation a resource's ETag is computed of: the resource without its own `meta.version`. */
export function withoutVersion<T extends { meta: Record<string, unknown> }>(resource: T) {
  const { version: _version, ...meta } = resource.meta;
  return { ...resource, meta };
}
