import { ProposalBody, ProposalEnvelope, ProposalResponse } from './engine-contract';

/** The §3.5 body in wire key order: envelope fields interleaved where the spec lists them. */
export function assembleProposalResponse(body: ProposalBody, envelope: ProposalEnvelope): ProposalResponse {
  return {
    proposal_id: envelope.proposal_id,
    portfolio_run_id: envelope.portfolio_run_id,
    source: body.source,
    status: body.status,
    article_id: body.article_id,
    generated_at: envelope.generated_at,
    as_of_date: body.as_of_date,
    risk_level: body.risk_level,
    days_of_cover_estimate: body.days_of_cover_estimate,
    lead_time_days_total: body.lead_time_days_total,
    order_by_date: body.order_by_date,
    recommendation: body.recommendation,
    constraints_applied: body.constraints_applied,
    physical_scope: body.physical_scope,
    arrival_projection: body.arrival_projection,
    alternatives: body.alternatives,
    warnings: body.warnings,
    explanation: body.explanation,
    purchase_order_id: envelope.purchase_order_id,
    converted_at: envelope.converted_at,
  };
}

/** Explainability `compact`: `meta.sku_projection` and `meta.assorti` become null (§3.3). */
export function compactProposalBody<T extends ProposalBody>(body: T): T {
  return { ...body, explanation: { ...body.explanation, meta: { ...body.explanation.meta, sku_projection: null, assorti: null } } };
}
