import { DirectProposalRequest, EngineRunOptions, FromWbProposalRequest, PlanningContext, PlanningInput, ProposalOutcome, StoredArticleData } from './engine-contract';

/** Direct proposal (§3.3): preconditions 4–8, policy, input building and the engine. Throws PlanningCoreError. */
export function planDirectProposal(data: StoredArticleData, request: DirectProposalRequest, context: PlanningContext): ProposalOutcome {
  void data;
  void request;
  void context;
  throw new Error('not implemented');
}

/** From-WB proposal (§3.4): as direct, plus the WB scope checks, freshness gate and stock-out-aware demand. */
export function planFromWbProposal(data: StoredArticleData, request: FromWbProposalRequest, context: PlanningContext): ProposalOutcome {
  void data;
  void request;
  void context;
  throw new Error('not implemented');
}

/** The engine on an already built input (steps 4.6–4.19, single-article run); replays a stored input_snapshot. */
export function planProductionOrder(input: PlanningInput, options: EngineRunOptions = {}): ProposalOutcome {
  void input;
  void options;
  throw new Error('not implemented');
}
