import { DomainError, Role } from '@supply-brain/common';

/** No key, or a key that is unknown or revoked (401). */
export class NotAuthenticatedError extends DomainError {
  readonly status = 401;
}

/** A valid key whose role is below the route's (403). */
export class RoleTooLowError extends DomainError {
  readonly status = 403;

  constructor(required: Role) {
    super(`This API key's role does not allow this operation (requires ${required})`);
  }
}

export const MISSING_KEY = 'Not authenticated: send an API key as "Authorization: Bearer <key>" or "X-API-Key: <key>"';
export const INVALID_KEY = 'Invalid or revoked API key';
