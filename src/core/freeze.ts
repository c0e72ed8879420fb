/**
 * Freezes a table of the library and everything it holds, so that no caller can change the law,
 * the rates or the data through a result that shares a part of them (a citation, a version).
 * Functions and zod schemas are left as they are: a schema keeps internal caches it must write.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    if ('_zod' in v) return;
    seen.add(v);
    for (const key of Reflect.ownKeys(v)) visit((v as Record<PropertyKey, unknown>)[key]);
    Object.freeze(v);
  };
  visit(value);
  return value;
}
