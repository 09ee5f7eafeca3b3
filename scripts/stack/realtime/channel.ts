import crypto from 'node:crypto';
import type { Hub, HubMember } from './hub';
import type {
  ChangeData,
  ChangeSubscriber,
  JwtClaims,
  PostgresBinding,
  PostgresBindingParams,
  PostgresChanges,
} from './postgres-changes/types';
import type { Frame } from './protocol';
import { checkToken } from './tokens';

export interface ChannelContext {
  hub: Hub;
  postgresChanges: PostgresChanges;
  jwtSecret: Uint8Array;
  log(line: string): void;
}

/** The socket a channel lives on. */
export interface ChannelSocket {
  send(frame: Frame): void;
  /** Claims of the API key the socket was opened with (used when a join carries no user token). */
  readonly apikeyClaims: JwtClaims;
  forget(channel: Channel): void;
}

interface JoinConfig {
  broadcast?: { self?: boolean; ack?: boolean };
  presence?: { key?: string; enabled?: boolean };
  postgres_changes?: PostgresBindingParams[];
  private?: boolean;
}

let nextBindingId = 1;

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** An opaque `sb_` key stands for the socket's own API key, as upstream treats it. */
const isUserToken = (token: unknown): token is string =>
  typeof token === 'string' && !token.startsWith('sb_');

/** One joined topic on one socket: its config, its subscriber's claims, its bindings. */
export class Channel implements HubMember, ChangeSubscriber {
  readonly id = crypto.randomUUID();
  bindings: PostgresBinding[] = [];
  private claims: JwtClaims;
  private token: string | undefined;
  private expiryTimer: NodeJS.Timeout | undefined;
  private closed = false;

  private constructor(
    private readonly socket: ChannelSocket,
    private readonly context: ChannelContext,
    readonly topic: string,
    readonly joinRef: string,
    private readonly config: JoinConfig,
    private readonly presenceKey: string,
  ) {
    this.claims = socket.apikeyClaims;
  }

  get receivesOwnBroadcasts(): boolean {
    return this.config.broadcast?.self === true;
  }

  get presenceEnabled(): boolean {
    return this.config.presence?.enabled === true;
  }

  /** Handles phx_join: replies ok (with the postgres_changes ids) or error, as upstream does. */
  static async join(
    socket: ChannelSocket,
    context: ChannelContext,
    frame: Frame,
  ): Promise<Channel | undefined> {
    const payload = asObject(frame.payload);
    const reply = (status: 'ok' | 'error', response: unknown): void =>
      socket.send({
        joinRef: frame.joinRef,
        ref: frame.ref,
        topic: frame.topic,
        event: 'phx_reply',
        payload: { status, response },
      });
    if (frame.topic === 'realtime:' || !frame.topic.startsWith('realtime:')) {
      reply('error', { reason: 'TopicNameRequired: You must provide a topic name' });
      return undefined;
    }
    const config = asObject(payload.config) as JoinConfig;
    if (config.private === true) {
      // Private channels are authorised by RLS policies on realtime.messages, which this stack
      // does not implement: refusing is safer than letting everyone in.
      reply('error', {
        reason: 'Unauthorized: You do not have permissions to read from this Channel topic',
      });
      return undefined;
    }
    const token = payload.access_token ?? payload.user_token;
    const channel = new Channel(
      socket,
      context,
      frame.topic,
      frame.joinRef ?? frame.ref ?? '',
      config,
      config.presence?.key || crypto.randomUUID(),
    );
    if (isUserToken(token)) {
      const check = await checkToken(token, context.jwtSecret);
      if (!check.ok) {
        reply('error', { reason: check.reason });
        return undefined;
      }
      channel.useToken(token, check.claims, check.expiresAt);
    }
    const params = Array.isArray(config.postgres_changes) ? config.postgres_changes : [];
    channel.bindings = params.map((binding) => ({
      id: nextBindingId++,
      params: asObject(binding) as unknown as PostgresBindingParams,
    }));
    // Reply once the database subscription exists, so SUBSCRIBED means changes will arrive.
    const subscription =
      channel.bindings.length > 0
        ? await context.postgresChanges.subscribe(channel, channel.claims)
        : undefined;
    reply('ok', {
      postgres_changes: channel.bindings.map((binding) => ({ ...binding.params, id: binding.id })),
    });
    context.hub.add(channel);
    if (subscription) {
      channel.push('system', {
        extension: 'postgres_changes',
        status: subscription.ok ? 'ok' : 'error',
        message: subscription.ok ? 'Subscribed to PostgreSQL' : subscription.message,
        channel: channel.topic.slice('realtime:'.length),
      });
    }
    if (channel.presenceEnabled)
      channel.push('presence_state', context.hub.presenceState(channel.topic));
    return channel;
  }

  push(event: string, payload: unknown): void {
    this.socket.send({ joinRef: this.joinRef, ref: null, topic: this.topic, event, payload });
  }

  fanOut(frame: Omit<Frame, 'joinRef' | 'ref'>): void {
    this.socket.send({ ...frame, joinRef: null, ref: null });
  }

  deliver(ids: number[], data: ChangeData): void {
    this.fanOut({ topic: this.topic, event: 'postgres_changes', payload: { ids, data } });
  }

  reply(frame: Frame, status: 'ok' | 'error', response: unknown = {}): void {
    this.socket.send({
      joinRef: frame.joinRef,
      ref: frame.ref,
      topic: this.topic,
      event: 'phx_reply',
      payload: { status, response },
    });
  }

  /** Routes a frame for this topic once joined. */
  async handle(frame: Frame): Promise<void> {
    const payload = asObject(frame.payload);
    switch (frame.event) {
      case 'phx_leave':
        this.reply(frame, 'ok');
        this.close();
        return;
      case 'access_token':
        await this.refreshToken(payload.access_token);
        return;
      case 'broadcast':
        this.context.hub.broadcast(this.topic, frame.payload, this);
        if (this.config.broadcast?.ack === true) this.reply(frame, 'ok');
        return;
      case 'presence':
        this.handlePresence(frame, payload);
        return;
      default:
        this.reply(frame, 'error', { reason: `unknown event ${frame.event}` });
    }
  }

  private handlePresence(frame: Frame, payload: Record<string, unknown>): void {
    if (payload.event === 'track') {
      this.context.hub.track(this, this.presenceKey, asObject(payload.payload));
    } else if (payload.event === 'untrack') {
      this.context.hub.untrack(this);
    } else {
      this.reply(frame, 'error', { reason: 'presence events are track and untrack' });
      return;
    }
    this.reply(frame, 'ok');
  }

  private async refreshToken(token: unknown): Promise<void> {
    if (!isUserToken(token) || token === this.token) return;
    const check = await checkToken(token, this.context.jwtSecret);
    if (!check.ok) {
      this.push('system', {
        extension: 'system',
        status: 'error',
        message: check.reason,
        channel: this.topic.slice('realtime:'.length),
      });
      this.close();
      return;
    }
    this.useToken(token, check.claims, check.expiresAt);
    if (this.bindings.length > 0) this.context.postgresChanges.updateClaims(this, check.claims);
  }

  private useToken(token: string, claims: JwtClaims, expiresAt: number): void {
    this.token = token;
    this.claims = claims;
    clearTimeout(this.expiryTimer);
    // Node timers overflow past ~24.8 days; a token that long-lived is re-checked then.
    const delay = Math.min(expiresAt * 1000 - Date.now(), 2 ** 31 - 1);
    this.expiryTimer = setTimeout(() => {
      this.push('system', {
        extension: 'system',
        status: 'error',
        message: 'InvalidJWTToken: Token has expired',
        channel: this.topic.slice('realtime:'.length),
      });
      this.close();
    }, delay);
    this.expiryTimer.unref();
  }

  /** Stops the channel: phx_close to the client unless the socket itself is gone. */
  close(options: { notify: boolean } = { notify: true }): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.expiryTimer);
    if (this.bindings.length > 0) this.context.postgresChanges.unsubscribe(this);
    this.context.hub.remove(this);
    this.socket.forget(this);
    if (options.notify) {
      this.socket.send({
        joinRef: this.joinRef,
        ref: this.joinRef,
        topic: this.topic,
        event: 'phx_close',
        payload: {},
      });
    }
  }
}
