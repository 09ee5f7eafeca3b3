import { describe, expect, it } from 'vitest';
import { SubscriptionRegistry, type Subscription } from './subscriptions';
import type { ChangeSubscriber } from './types';

const subscriber = (): ChangeSubscriber => ({ bindings: [], deliver: () => undefined });

function subscription(of: ChangeSubscriber, tables: number[]): Subscription {
  return {
    subscriber: of,
    claims: { role: 'authenticated', sub: 'a' },
    claimsKey: '{"role":"authenticated","sub":"a"}',
    startLsn: 0n,
    bindings: [{ id: 1, event: '*', tables: new Map(tables.map((oid) => [oid, []])) }],
  };
}

describe('SubscriptionRegistry', () => {
  it('finds subscriptions by the tables their bindings cover', () => {
    const registry = new SubscriptionRegistry();
    const first = subscription(subscriber(), [10, 11]);
    const second = subscription(subscriber(), [11]);
    registry.add(first);
    registry.add(second);
    expect([...registry.forTable(10)]).toEqual([first]);
    expect([...registry.forTable(11)]).toEqual([first, second]);
    expect([...registry.forTable(12)]).toEqual([]);
    expect(registry.size).toBe(2);
  });

  it('replaces the subscription of a subscriber that subscribes again', () => {
    const registry = new SubscriptionRegistry();
    const who = subscriber();
    const old = subscription(who, [10]);
    const renewed = subscription(who, [11]);
    registry.add(old);
    registry.add(renewed);
    expect(registry.isCurrent(old)).toBe(false);
    expect(registry.isCurrent(renewed)).toBe(true);
    expect([...registry.forTable(10)]).toEqual([]);
    expect(registry.size).toBe(1);
  });

  it('forgets a removed subscriber and updates claims in place', () => {
    const registry = new SubscriptionRegistry();
    const who = subscriber();
    const current = subscription(who, [10]);
    registry.add(current);
    registry.updateClaims(who, { role: 'anon' });
    expect(current.claims).toEqual({ role: 'anon' });
    expect(current.claimsKey).toBe('{"role":"anon"}');
    registry.remove(who);
    expect(registry.isCurrent(current)).toBe(false);
    expect([...registry.forTable(10)]).toEqual([]);
    expect(registry.size).toBe(0);
  });
});
