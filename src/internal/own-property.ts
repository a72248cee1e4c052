/**
 * Object keys from input as own properties, the way JSON.parse makes them: `target[key] = value`
 * with key "__proto__" would replace the prototype instead (and hide the value from the schema),
 * so every path that builds objects from input keys goes through here. Browser-safe.
 */

/** Sets `key` as an own, enumerable data property of `target`, whatever the key ("__proto__" included). */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Copies the own enumerable properties of `source` onto `target` as own properties (Object.assign without setters). */
export function assignOwn<T extends object>(target: T, source: object): T {
  for (const [key, value] of Object.entries(source)) setOwn(target, key, value);
  return target;
}
