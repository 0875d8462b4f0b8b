import { assembleProposalResponse, ProposalOutcome, ProposalResponse } from '../domain';
import type { ProposalLineRow, ProposalRunRow } from '../persistence/proposal-runs.repository';

/** What the adapter adds to an outcome to store it: its reserved ids and the clock. */
export interface ProposalRunIdentity {
  proposalId: number | null;
  portfolioRunId: number | null;
  /** ISO instant; also the row's `created_at`. */
  generatedAt: string;
}

/** The full response of a fresh run (explainability `full`, not yet converted): what is stored. */
export function freshProposalResponse(outcome: ProposalOutcome, identity: ProposalRunIdentity): ProposalResponse {
  return assembleProposalResponse(outcome.body, {
    proposal_id: identity.proposalId,
    portfolio_run_id: identity.portfolioRunId,
    generated_at: identity.generatedAt,
    purchase_order_id: null,
    converted_at: null,
  });
}

/**
 * The `production_order_proposal` row and its line rows (05 §2.8, §4.21) of one outcome. The
 * response is passed as the text that is answered, so the stored bytes are the answered bytes.
 * A skipped run has no lines.
 */
export function proposalRunRows(
  outcome: ProposalOutcome,
  responseText: string,
  identity: ProposalRunIdentity & { proposalId: number },
): { proposal: ProposalRunRow; lines: ProposalLineRow[] } {
  const { record } = outcome;
  const proposal: ProposalRunRow = {
    id: identity.proposalId,
    articleId: record.article_id,
    portfolioRunId: identity.portfolioRunId,
    createdAt: identity.generatedAt,
    asOfDate: record.as_of_date,
    source: record.source,
    status: record.status,
    action: record.action,
    riskLevel: record.risk_level,
    leadTimeDaysTotal: record.lead_time_days_total,
    orderByDate: record.order_by_date,
    targetArrivalDate: record.target_arrival_date,
    totalUnits: record.total_units,
    capitalRequired: record.capital_required,
    availableCapital: record.available_capital,
    engineVersion: record.engine_version,
    inputSnapshot: outcome.inputSnapshot,
    policySnapshot: outcome.policySnapshot,
    warnings: outcome.body.warnings,
    responseText,
  };
  // The conversion into a purchase order copies the answered reason of each line it orders.
  const answeredReason = new Map((outcome.body.recommendation?.lines ?? []).map((line) => [line.sku_unit_id, line.source_reason]));
  const lines = record.status === 'skipped' ? [] : outcome.lines.map(
    (line): ProposalLineRow => ({
      proposalId: identity.proposalId,
      articleId: line.article_id,
      colorId: line.color_id,
      sizeId: line.size_id,
      skuUnitId: line.sku_unit_id,
      pantoneKey: line.pantone_key,
      dailyDemand: line.daily_demand,
      onHandNow: line.on_hand_now,
      receiptsBeforeArrival: line.receipts_before_arrival,
      receiptsInWindow: line.receipts_in_window,
      projectedOnHandAtArrival: line.projected_on_hand_at_arrival,
      safetyStockTarget: line.safety_stock_target,
      netRequirement: line.net_requirement,
      safetyStock: line.safety_stock,
      fabricUplift: line.fabric_uplift,
      elasticUplift: line.elastic_uplift,
      moqUplift: line.moq_uplift,
      multipleUplift: line.multiple_uplift,
      budgetCut: line.budget_cut,
      recommendedQty: line.recommended_qty,
      coverDaysNow: line.cover_days_now,
      coverDaysAtArrival: line.cover_days_at_arrival,
      stockoutDateWithoutOrder: line.stockout_date_without_order,
      riskLevel: line.risk_level,
      reasonCodes: line.reason_codes,
      sourceReason: answeredReason.get(line.sku_unit_id) ?? null,
    }),
  );
  return { proposal, lines };
}
