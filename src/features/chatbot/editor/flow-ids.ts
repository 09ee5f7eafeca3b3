// Ids of nodes, edges and items (buttons, rows, sections, branches). Item ids travel to WhatsApp
// as reply ids and come back with the contact's tap, so they stay short and within flow.ts's
// `itemId` alphabet; 12 hex digits (48 random bits) never meet twice in a flow of 200 nodes, and
// the few that could are checked against the ids already taken.

function randomHex(): string {
  // randomUUID needs a secure context; getRandomValues works on a plain-http local network too.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID().replaceAll('-', '');
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

/** A new id that is not in `taken` (and is added to it). */
export function newId(taken: Set<string>): string {
  for (;;) {
    const id = randomHex().slice(0, 12);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}
