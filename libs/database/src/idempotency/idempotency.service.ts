import { Injectable } from '@nestjs/common';
import { currentRequestContext, UnprocessableError } from '@supply-brain/common';
import { TransactionHost } from '../transaction/transaction-host';
import { requestBodyHash } from './canonical-json';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key.header';
import { IdempotencyKeyRepository } from './idempotency-key.repository';

/** The caller recorded with a key when no API key identifies the client (AUTH_MODE=disabled). */
export const ANONYMOUS_CALLER = 'anonymous';

export interface IdempotentRequest {
  /** Names the operation, e.g. `POST /api/v1/purchase-order/from-proposal`. */
  endpoint: string;
  /** The parsed `Idempotency-Key` header; undefined means every call creates. */
  key: string | undefined;
  /** The validated body; compared by the sha256 of its canonical JSON. */
  body: unknown;
  /** Defaults to the request's API key (`api-key:<id>`), so two clients never share a key space. */
  caller?: string;
}

/** Who is calling, as stored with an Idempotency-Key. */
export function idempotencyCaller(): string {
  const caller = currentRequestContext()?.caller;
  return caller ? `api-key:${caller.keyId}` : ANONYMOUS_CALLER;
}

export interface IdempotentOutcome {
  /** The record created now, or the one the first call with this key created. */
  id: number;
  /** True when nothing was created because the key was already used with this body. */
  replayed: boolean;
}

/**
 * `Idempotency-Key` for create-from-proposal endpoints (conventions §7). Call `run` inside the
 * record's `tx.write`: the key is stored in that transaction, so a failed call stores nothing.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly keys: IdempotencyKeyRepository,
  ) {}

  /**
   * Without a key, `create` runs. With one, a live entry for the same body answers its record
   * (`replayed`), a live entry for another body is a 422 on the header, and otherwise `create`
   * runs and its id is stored. A concurrent repeat waits on the key's lock until the first ends.
   */
  async run(request: IdempotentRequest, create: () => Promise<number>): Promise<IdempotentOutcome> {
    if (request.key === undefined) return { id: await this.tx.write(create), replayed: false };
    const scope = { endpoint: request.endpoint, caller: request.caller ?? idempotencyCaller(), key: request.key };
    const requestHash = requestBodyHash(request.body);
    return this.tx.write(async () => {
      await this.keys.lockKey(scope);
      const stored = await this.keys.findLive(scope);
      if (stored) {
        if (stored.requestHash !== requestHash) throw keyReusedWithAnotherBody(request.key!);
        return { id: stored.recordId, replayed: true };
      }
      const id = await create();
      await this.keys.store(scope, { requestHash, recordId: id });
      return { id, replayed: false };
    });
  }

  /** Deletes expired entries (they are ignored anyway); for housekeeping jobs. */
  purgeExpired(): Promise<number> {
    return this.tx.write(() => this.keys.purgeExpired());
  }
}

function keyReusedWithAnotherBody(key: string): UnprocessableError {
  return UnprocessableError.single(
    ['header', IDEMPOTENCY_KEY_HEADER],
    'Idempotency-Key was already used with a different request body',
    'idempotency_key_reused',
    key,
  );
}
