/** The subscribers the engine delivers to, indexed by the tables their bindings cover. */
import type { EventFilter } from './bindings';
import type { Lsn } from './lsn';
import type { Predicate } from './row-typing';
import type { ChangeSubscriber, JwtClaims } from './types';

export interface ActiveBinding {
  id: number;
  event: EventFilter;
  /**
   * The published tables the binding covers (resolved when it subscribed, as upstream does) and,
   * for each, its filter conditions typed for that table's columns.
   */
  tables: Map<number, Predicate[]>;
}

export interface Subscription {
  subscriber: ChangeSubscriber;
  claims: JwtClaims;
  /** Equal for equal claims, so their RLS checks are shared. */
  claimsKey: string;
  /** Only transactions whose commit record starts here or later are delivered. */
  startLsn: Lsn;
  bindings: ActiveBinding[];
}

export class SubscriptionRegistry {
  private readonly bySubscriber = new Map<ChangeSubscriber, Subscription>();
  private readonly byTable = new Map<number, Set<Subscription>>();

  get size(): number {
    return this.bySubscriber.size;
  }

  /** Replaces any previous subscription of the same subscriber. */
  add(subscription: Subscription): void {
    this.remove(subscription.subscriber);
    this.bySubscriber.set(subscription.subscriber, subscription);
    for (const binding of subscription.bindings) {
      for (const oid of binding.tables.keys()) {
        let subscriptions = this.byTable.get(oid);
        if (!subscriptions) this.byTable.set(oid, (subscriptions = new Set()));
        subscriptions.add(subscription);
      }
    }
  }

  remove(subscriber: ChangeSubscriber): void {
    const subscription = this.bySubscriber.get(subscriber);
    if (!subscription) return;
    this.bySubscriber.delete(subscriber);
    for (const binding of subscription.bindings) {
      for (const oid of binding.tables.keys()) {
        const subscriptions = this.byTable.get(oid);
        subscriptions?.delete(subscription);
        if (subscriptions?.size === 0) this.byTable.delete(oid);
      }
    }
  }

  updateClaims(subscriber: ChangeSubscriber, claims: JwtClaims): void {
    const subscription = this.bySubscriber.get(subscriber);
    if (!subscription) return;
    subscription.claims = claims;
    subscription.claimsKey = JSON.stringify(claims);
  }

  forTable(oid: number): Iterable<Subscription> {
    return this.byTable.get(oid) ?? [];
  }

  /** False once the subscription was removed or replaced: its pending deliveries are dropped. */
  isCurrent(subscription: Subscription): boolean {
    return this.bySubscriber.get(subscription.subscriber) === subscription;
  }
}
