export interface RefreshInput {
  presented: { token: string; revoked: boolean; secondsSinceRevocation: number };
  /** The session's newest non-revoked token, if any. */
  active: { token: string; parent: string | null } | undefined;
  reuseIntervalSeconds: number;
  rotationEnabled: boolean;
}

export type RefreshDecision =
  /** Issue a child of the presented token (it is active, or a concurrent tab's recent reuse). */
  | { action: 'rotate' }
  /** The client lost the last answer: hand back the token already issued, mint no new one. */
  | { action: 'return-active'; token: string }
  /** Reuse of an old token: refuse, and end the session when rotation is on. */
  | { action: 'reject-reuse'; endSession: boolean };

/** GoTrue's refresh-token rotation and reuse detection, decided from the tokens' state. */
export function decideRefresh(input: RefreshInput): RefreshDecision {
  const { presented, active } = input;
  if (!presented.revoked) return { action: 'rotate' };
  if (active && active.parent === presented.token) {
    return { action: 'return-active', token: active.token };
  }
  if (presented.secondsSinceRevocation <= input.reuseIntervalSeconds) return { action: 'rotate' };
  return { action: 'reject-reuse', endSession: input.rotationEnabled };
}
