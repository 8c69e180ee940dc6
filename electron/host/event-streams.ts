import type http from 'node:http';
import { SECURITY_HEADERS } from '../core/security';
import type { Peer } from '../core/context';
import { HttpError } from './http-error';

/**
 * The open event streams (`GET /api/events`), capped per device and in all: a device past its own
 * cap is answered 429, any device past the total 503. The hub's own screen counts only against its
 * own cap, so a flood from the LAN never takes its stream.
 */
export class EventStreams {
  private readonly open = new Map<http.ServerResponse, Peer>();
  private readonly perDevice = new Map<string, number>();
  private lan = 0;

  constructor(private readonly limits: { perDevice: number; total: number }) {}

  accept(res: http.ServerResponse, peer: Peer): void {
    const mine = this.perDevice.get(peer.address) ?? 0;
    if (mine >= this.limits.perDevice) throw new HttpError(429, 'Too many event streams from this device');
    if (!peer.screen && this.lan >= this.limits.total) throw new HttpError(503, 'Too many event streams');
    this.perDevice.set(peer.address, mine + 1);
    if (!peer.screen) this.lan++;
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    this.open.set(res, peer);
    res.on('close', () => {
      this.open.delete(res);
      const left = (this.perDevice.get(peer.address) ?? 1) - 1;
      if (left > 0) this.perDevice.set(peer.address, left);
      else this.perDevice.delete(peer.address);
      if (!peer.screen) this.lan--;
    });
  }

  send(frame: string): void {
    for (const res of this.open.keys()) res.write(frame);
  }

  /** Ends the streams of the devices `gone` picks (a screen unpaired by the admin). */
  closeWhere(gone: (peer: Peer) => boolean): void {
    for (const [res, peer] of this.open) if (gone(peer)) res.end();
  }

  endAll(): void {
    for (const res of this.open.keys()) res.end();
  }
}
