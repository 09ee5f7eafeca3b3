// The invitation a signed-out visitor opened, kept for this tab while they sign in or sign up,
// so they come back to it afterwards.
const storageKey = 'wcap.pending-invitation';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be disabled (private modes, strict settings): the flow then simply forgets.
    return undefined;
  }
}

export function rememberPendingInvitation(token: string): void {
  storage()?.setItem(storageKey, token);
}

export function readPendingInvitation(): string | null {
  return storage()?.getItem(storageKey) ?? null;
}

export function forgetPendingInvitation(): void {
  storage()?.removeItem(storageKey);
}
