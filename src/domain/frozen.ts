// Values shared between turns (a stored version read once, a template's card built once) are frozen
// through and through, so that no reader can change what the next one sees.

/** `value` and everything in it, frozen; returns `value`. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
