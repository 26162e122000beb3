/**
 * The value kept under `key`, made by `make` the first time it is asked for. A cache that has
 * grown past 100 values starts again, so it never holds more than a page needs.
 */
export function cached<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size > 100) cache.clear();
    cache.set(key, value);
  }
  return value;
}
