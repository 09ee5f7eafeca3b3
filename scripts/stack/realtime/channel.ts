import crypto from 'node:crypto';
import {
  PolicyError,
  type Authorization,
  type AuthorizationContext,
  type Extension,
  type Permissions,
} from './authorization';
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
  authorization: Authorization;
  jwtSecret: Uint8Array;
  log(line: string): void;
}

/** The socket a channel lives on. */
export interface ChannelSocket {
  send(frame: Frame): void;
  /** Claims of the API key the socket was opened with (used when a join carries no user token). */
  readonly apikeyClaims: JwtClaims;
  /** The `x-` headers of the upgrade request: what policies read in `request.headers`. */
  readonly headers: Record<string, string>;
  forget(channel: Channel): void;
}

interface JoinConfig {
  broadcast?: { self?: boolean; ack?: boolean };
  presence?: { key?: string; enabled?: boolean };
  postgres_changes?: PostgresBindingParams[];
  private?: boolean;
}

/** What a read check concluded: permissions, or why none (a refusal or no database). */
type ReadCheck = { ok: true; read: Permissions } | { ok: false; unauthorized: boolean };

const UNAVAILABLE = 'Realtime was unable to connect to the project database';

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
  readonly private: boolean;
  bindings: PostgresBinding[] = [];
  private claims: JwtClaims;
  private token: string | undefined;
  /** Private channels: what RLS lets the user receive (at join, again at each new token)… */
  private read: Permissions = {};
  /** …and send, evaluated at the first send after each of those. */
  private write: Permissions = {};
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
    this.private = config.private === true;
  }

  /** The topic without `realtime:`, as policies (realtime.topic()) and system messages see it. */
  get name(): string {
    return this.topic.slice('realtime:'.length);
  }

  get receivesOwnBroadcasts(): boolean {
    return this.config.broadcast?.self === true;
  }

  get receivesBroadcasts(): boolean {
    return !this.private || this.read.broadcast === true;
  }

  get receivesPresence(): boolean {
    return this.config.presence?.enabled === true && (!this.private || this.read.presence === true);
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
    const channel = new Channel(
      socket,
      context,
      frame.topic,
      frame.joinRef ?? frame.ref ?? '',
      config,
      config.presence?.key || crypto.randomUUID(),
    );
    const sent = payload.access_token ?? payload.user_token;
    const token = isUserToken(sent) ? sent : undefined;
    const check = token === undefined ? undefined : await checkToken(token, context.jwtSecret);
    if (check && !check.ok) {
      reply('error', { reason: check.reason });
      return undefined;
    }
    if (channel.private) {
      const read = await channel.checkRead(check?.claims ?? socket.apikeyClaims);
      if (!read.ok) {
        reply('error', {
          reason: read.unauthorized ? `Unauthorized: ${channel.denied()}` : UNAVAILABLE,
        });
        return undefined;
      }
      channel.read = read.read;
    }
    if (token !== undefined && check) channel.useToken(token, check.claims, check.expiresAt);
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
        channel: channel.name,
      });
    }
    if (channel.receivesPresence)
      channel.push('presence_state', context.hub.presenceState(channel));
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
        // Upstream drops a send RLS refuses without a word, even when an ack was asked for.
        if (this.private && !(await this.mayWrite('broadcast'))) return;
        this.context.hub.broadcast(this.topic, this.private, frame.payload, this);
        if (this.config.broadcast?.ack === true) this.reply(frame, 'ok');
        return;
      case 'presence':
        await this.handlePresence(frame, payload);
        return;
      default:
        this.reply(frame, 'error', { reason: `unknown event ${frame.event}` });
    }
  }

  private async handlePresence(frame: Frame, payload: Record<string, unknown>): Promise<void> {
    if (payload.event === 'track') {
      if (this.private && !(await this.mayWrite('presence'))) {
        this.reply(frame, 'error');
        return;
      }
      this.context.hub.track(this, this.presenceKey, asObject(payload.payload));
    } else if (payload.event === 'untrack') {
      this.context.hub.untrack(this);
    } else {
      this.reply(frame, 'error', { reason: 'presence events are track and untrack' });
      return;
    }
    this.reply(frame, 'ok');
  }

  private authorizationContext(claims: JwtClaims): AuthorizationContext {
    return { topic: this.name, claims, headers: this.socket.headers };
  }

  private denied(): string {
    return `You do not have permissions to read from this Channel topic: ${this.name}`;
  }

  /** What the user may receive here; joining needs broadcast or presence. */
  private async checkRead(claims: JwtClaims): Promise<ReadCheck> {
    const extensions: Extension[] = this.config.presence?.enabled
      ? ['broadcast', 'presence']
      : ['broadcast'];
    try {
      const read = await this.context.authorization.canRead(
        this.authorizationContext(claims),
        extensions,
      );
      return read.broadcast || read.presence
        ? { ok: true, read }
        : { ok: false, unauthorized: true };
    } catch (error) {
      const policyFailed = error instanceof PolicyError;
      this.context.log(
        `${policyFailed ? 'RlsPolicyError' : 'UnableToSetPolicies'} on ${this.topic}: ${(error as Error).message}`,
      );
      return { ok: false, unauthorized: policyFailed };
    }
  }

  private async mayWrite(extension: Extension): Promise<boolean> {
    if (this.write[extension] === undefined) {
      try {
        this.write = await this.context.authorization.canWrite(
          this.authorizationContext(this.claims),
          ['broadcast', 'presence'],
        );
      } catch (error) {
        this.context.log(`write check on ${this.topic}: ${(error as Error).message}`);
        return false;
      }
    }
    return this.write[extension] === true;
  }

  /**
   * A new access token: checked, and on a private channel the policies are evaluated again with it,
   * as upstream does. This is when a user removed from what the policies require stops receiving
   * (supabase-js sends each refreshed token); a token that is not refreshed ends the channel when
   * it expires.
   */
  private async refreshToken(token: unknown): Promise<void> {
    if (!isUserToken(token) || token === this.token) return;
    const check = await checkToken(token, this.context.jwtSecret);
    if (!check.ok) {
      this.shutdown(check.reason);
      return;
    }
    if (this.private) {
      const previous = this.read;
      const read = await this.checkRead(check.claims);
      if (!read.ok) {
        this.shutdown(read.unauthorized ? this.denied() : UNAVAILABLE);
        return;
      }
      if (
        (previous.broadcast && !read.read.broadcast) ||
        (previous.presence && !read.read.presence)
      ) {
        this.shutdown(
          `You no longer have permission to read from this Channel topic: ${this.name}`,
        );
        return;
      }
      this.read = read.read;
      this.write = {};
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
    this.expiryTimer = setTimeout(() => this.shutdown('InvalidJWTToken: Token has expired'), delay);
    this.expiryTimer.unref();
  }

  /** Ends the channel with a `system` error saying why, as upstream's shutdown_response. */
  private shutdown(message: string): void {
    if (this.closed) return;
    this.push('system', { extension: 'system', status: 'error', message, channel: this.name });
    this.close();
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
