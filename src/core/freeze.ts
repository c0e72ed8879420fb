/**
 * A set no caller can change: Object.freeze does not stop a Set's add, delete and clear, so these
 * throw a TypeError, as writing to a frozen object does in strict mode.
 */
class FrozenSet<T> extends Set<T> {
  #sealed = false;
  constructor(values: Iterable<T>) {
    super();
    for (const value of values) super.add(value);
    this.#sealed = true;
    Object.freeze(this);
  }
  override add(value: T): this {
    if (this.#sealed) throw new TypeError('Cannot add to a frozen set of lexposure');
    return super.add(value);
  }
  override delete(): boolean {
    throw new TypeError('Cannot delete from a frozen set of lexposure');
  }
  override clear(): void {
    throw new TypeError('Cannot clear a frozen set of lexposure');
  }
}

export function frozenSet<T>(values: Iterable<T>): ReadonlySet<T> {
  return new FrozenSet(values);
}

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
