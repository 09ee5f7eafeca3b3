import type { WebSocket } from 'ws';
import { Channel, type ChannelContext, type ChannelSocket } from './channel';
import type { JwtClaims } from './postgres-changes/types';
import { decodeFrame, encodeFrame, ProtocolError, type Frame, type Vsn } from './protocol';

/** Past this many bytes waiting for a slow browser, its socket is dropped; it will reconnect. */
export const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
/** Phoenix closes sockets that stay silent longer than this (the client beats every 25 s). */
const IDLE_TIMEOUT_MS = 60_000;

/** One websocket: routes frames to its channels and protects the server from a slow reader. */
export class Connection implements ChannelSocket {
  private readonly channels = new Map<string, Channel>();
  /** Per topic, the frame being handled: the next one waits for it, as in a Phoenix channel process. */
  private readonly queues = new Map<string, Promise<void>>();
  private idleTimer: NodeJS.Timeout;
  private open = true;

  constructor(
    private readonly ws: WebSocket,
    private readonly vsn: Vsn,
    readonly apikeyClaims: JwtClaims,
    readonly headers: Record<string, string>,
    private readonly context: ChannelContext,
  ) {
    this.idleTimer = this.armIdleTimer();
    ws.on('message', (data: Buffer, isBinary) => void this.receive(data, isBinary));
    ws.on('close', () => this.closed());
    ws.on('error', () => ws.terminate());
  }

  send(frame: Frame): void {
    if (!this.open) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.context.log(`socket dropped: ${this.ws.bufferedAmount} bytes not read by the client`);
      this.ws.terminate();
      this.closed();
      return;
    }
    this.ws.send(encodeFrame(this.vsn, frame));
  }

  forget(channel: Channel): void {
    if (this.channels.get(channel.topic) === channel) this.channels.delete(channel.topic);
  }

  private armIdleTimer(): NodeJS.Timeout {
    const timer = setTimeout(() => this.ws.close(1000, 'idle'), IDLE_TIMEOUT_MS);
    timer.unref();
    return timer;
  }

  private async receive(data: Buffer, isBinary: boolean): Promise<void> {
    clearTimeout(this.idleTimer);
    this.idleTimer = this.armIdleTimer();
    let frame: Frame;
    try {
      frame = decodeFrame(this.vsn, data, isBinary);
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      this.context.log(`frame refused: ${error.message}`);
      return;
    }
    if (frame.topic === 'phoenix') {
      if (frame.event === 'heartbeat') this.reply(frame, 'ok', {});
      return;
    }
    // A send waiting for its authorization must not be overtaken by a leave or a new token.
    const previous = this.queues.get(frame.topic);
    const handled = (previous ?? Promise.resolve()).then(() => this.handle(frame));
    this.queues.set(frame.topic, handled);
    await handled;
    if (this.queues.get(frame.topic) === handled) this.queues.delete(frame.topic);
  }

  private async handle(frame: Frame): Promise<void> {
    try {
      await this.route(frame);
    } catch (error) {
      this.context.log(
        `error on ${frame.topic} ${frame.event}: ${(error as Error).stack ?? String(error)}`,
      );
      this.reply(frame, 'error', { reason: 'Internal error' });
    }
  }

  private reply(frame: Frame, status: 'ok' | 'error', response: unknown): void {
    this.send({
      joinRef: frame.joinRef,
      ref: frame.ref,
      topic: frame.topic,
      event: 'phx_reply',
      payload: { status, response },
    });
  }

  private async route(frame: Frame): Promise<void> {
    if (frame.event === 'phx_join') {
      await this.join(frame);
      return;
    }
    const channel = this.channels.get(frame.topic);
    if (!channel || (frame.joinRef !== null && frame.joinRef !== channel.joinRef)) {
      this.reply(frame, 'error', { reason: 'unmatched topic' });
      return;
    }
    await channel.handle(frame);
  }

  private async join(frame: Frame): Promise<void> {
    // Joining a topic again replaces the previous channel, as Phoenix does.
    this.channels.get(frame.topic)?.close();
    const channel = await Channel.join(this, this.context, frame);
    if (!channel) return;
    if (this.open) this.channels.set(frame.topic, channel);
    else channel.close({ notify: false });
  }

  private closed(): void {
    if (!this.open) return;
    this.open = false;
    clearTimeout(this.idleTimer);
    for (const channel of [...this.channels.values()]) channel.close({ notify: false });
    this.channels.clear();
  }
}
