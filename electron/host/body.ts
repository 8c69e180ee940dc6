import type http from 'node:http';
import { HttpError } from './http-error';

/**
 * Reads a request body of at most `limit` bytes within `timeoutMs`. A declared `Content-Length`
 * over the limit is refused before a byte is read; a body without one is refused as soon as it
 * passes the limit and is read no further (the stream is paused: the caller answers 413 and the
 * connection closes). Nothing beyond the limit is ever held in memory; a body still coming after
 * `timeoutMs` is refused with 408.
 */
export function readBodyWithin(req: http.IncomingMessage, limit: number, timeoutMs: number): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) {
    return Promise.reject(new HttpError(413, 'Request too large'));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const refuse = (err: HttpError) => {
      stop();
      req.pause();
      chunks.length = 0;
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      refuse(new HttpError(413, 'Request too large'));
    };
    const timer = setTimeout(() => refuse(new HttpError(408, 'Request body too slow')), timeoutMs);
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (err: Error) => {
      stop();
      reject(err);
    };
    // The client went away before the end of its body.
    const onClose = () => onError(new HttpError(400, 'Request ended early'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/**
 * What is read and thrown away of a refused body, at most, so the client reads the answer rather
 * than a reset connection (a client that keeps sending without reading loses the answer to the
 * reset otherwise). As nginx's lingering close: bounded, never kept. The time is a host limit.
 */
const DISCARD_BYTES = 64 * 1024 * 1024;

/**
 * After a body is refused unread (or partly read: an API body or an upload over its limit): reads
 * and drops what the client still sends for a moment, so that it reads the answer instead of a
 * reset connection, then cuts the connection. Nothing is kept (whoever read the body before lets
 * go of it here); at most `timeoutMs` or 64 MB of the rest is read. A client that stops sending
 * keeps its connection.
 */
export function discardRest(req: http.IncomingMessage, timeoutMs: number): void {
  if (req.complete) return;
  req.removeAllListeners('data');
  let dropped = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, timeoutMs);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_BYTES) cut();
  });
  req.on('end', () => clearTimeout(timer));
  req.on('close', () => clearTimeout(timer));
  req.resume();
}
