import type { WriteDb } from '../../db/database';

export interface StoredRequest {
  method: string;
  input: string;
  result: string;
}

/** The results of idempotent calls, by the client's `requestId`: written in the call's own transaction. */
export function requestsRepo(db: WriteDb) {
  return {
    get: (requestId: string) =>
      db
        .prepare<[string], StoredRequest>('SELECT method, input, result FROM requests WHERE request_id = ?')
        .get(requestId),
    put(requestId: string, method: string, input: string, result: string, at: string): void {
      db.prepare('INSERT INTO requests (request_id, method, input, result, at) VALUES (?, ?, ?, ?, ?)').run(
        requestId,
        method,
        input,
        result,
        at,
      );
    },
  };
}
