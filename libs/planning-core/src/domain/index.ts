export * from './engine-contract';
export { resolvePolicy } from './policy/resolve-policy';
export { salesWindow, fromWbDemand } from './demand/from-wb-demand';
export { planDirectProposal, planFromWbProposal, planProductionOrder } from './proposal';
export { assembleProposalResponse, compactProposalBody } from './response';
