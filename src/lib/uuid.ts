const uuidPattern = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/** Whether `value` is shaped like a uuid: an address's id is checked before it is asked for. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
