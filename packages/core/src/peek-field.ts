/**
 * A property of `value`, read without ever throwing: `undefined` when `value` is not an object or
 * a function, or when reading throws (a getter that throws, a revoked Proxy, a trap). For code
 * that must not fail whatever it is handed: error constructors and message builders. Functions
 * that validate their arguments read through {@link argumentGuards} instead, which names the field.
 *
 * @example
 * ```ts
 * const { proxy, revoke } = Proxy.revocable({ cause: 1 }, {});
 * revoke();
 * peekField(proxy, "cause"); // undefined
 * peekField({ cause: 1 }, "cause"); // 1
 * ```
 */
export function peekField(value: unknown, key: PropertyKey): unknown {
  if ((typeof value !== "object" && typeof value !== "function") || value === null)
    return undefined;
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}
