/**
 * Errors a use case raises; the global filter maps each class to its status and `{"detail": …}`.
 * Messages are part of the wire contract (see the area specs), so they are passed in verbatim.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;

  constructor(readonly detail: string) {
    super(detail);
    this.name = new.target.name;
  }
}

/** A named entity does not exist (404). */
export class NotFoundError extends DomainError {
  readonly status = 404;
}

/** A request that cannot be answered as asked: state or transition rules (400). */
export class BusinessRuleError extends DomainError {
  readonly status = 400;
}

/** Uniqueness, concurrency or still-referenced conflicts (409). */
export class ConflictError extends DomainError {
  readonly status = 409;
}

/** Something in the request is fine by type but not acceptable to the domain, reported with its location (422). */
export class UnprocessableError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((issue) => `${issue.loc.join('.')}: ${issue.msg}`).join('; '));
    this.name = 'UnprocessableError';
  }

  static single(loc: Array<string | number>, msg: string, type = 'value_error', input: unknown = null): UnprocessableError {
    return new UnprocessableError([{ type, loc, msg, input }]);
  }
}

/** One element of a 422 `detail` array. `loc` starts with body, query, path or header. */
export interface ValidationIssue {
  type: string;
  loc: Array<string | number>;
  msg: string;
  input: unknown;
}

/** Raised after the retry budget for serialisation failures and deadlocks is spent. */
export class ConcurrentUpdateError extends ConflictError {
  constructor() {
    super('Concurrent update, please retry');
  }
}

/** The database is unreachable or a statement timed out (503). */
export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
  constructor() {
    super('Service Unavailable');
  }
}
