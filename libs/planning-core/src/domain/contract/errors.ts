/* Planning Core engine boundary: see ../engine-contract.ts. */

// ---------------------------------------------------------------------------------------------
// Business errors raised by the pure code (§3.1)
// ---------------------------------------------------------------------------------------------

/** Body of a business error: `{"detail": PlanningCoreErrorDetail}`; keys in wire order. */
export interface PlanningCoreErrorDetail {
  code: string;
  message: string;
  field?: string;
  [extra: string]: unknown;
}

/**
 * A business error of spec 05 §3.1 detected by the pure code (scope 400s, freshness 400, capital
 * governance 422). The adapter answers `status` with `{"detail": detail}`.
 */
export class PlanningCoreError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 422,
    readonly detail: PlanningCoreErrorDetail,
  ) {
    super(detail.message);
    this.name = 'PlanningCoreError';
  }
}
