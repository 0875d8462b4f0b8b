import type { MixedList } from 'typeorm';
import { BaselineSchema1700000000001 } from './1700000000001-baseline-schema';
import { SchemaHardening1700000000002 } from './1700000000002-schema-hardening';
import { IdempotencyKeys1700000000020 } from './1700000000020-idempotency-keys';
import { MonitoringSnapshotVersioning1700000000030 } from './1700000000030-monitoring-snapshot-versioning';
import { LeaderTerms1700000000040 } from './1700000000040-leader-terms';
import { PlanningCore1700000000050 } from './1700000000050-planning-core';
import { ApiKeys1700000000060 } from './1700000000060-api-keys';
import { EncryptIntegrationTokens1700000000061 } from './1700000000061-encrypt-integration-tokens';
import { ProposalRunResponseText1700000000070 } from './1700000000070-proposal-run-response-text';
import { PortfolioMembersSharePurchaseOrder1700000000085 } from './1700000000085-portfolio-members-share-purchase-order';
import { ProposalRunStorage1700000000090 } from './1700000000090-proposal-run-storage';
import { WbSalesMonth1700000000100 } from './1700000000100-wb-sales-month';
import { WbSalesTail1700000000110 } from './1700000000110-wb-sales-tail';
import { ProposalLineDeferredRunKey1700000000120 } from './1700000000120-proposal-line-deferred-run-key';

/** Every migration, in order. Listed explicitly so the app, the CLI and tests run the same set. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ALL_MIGRATIONS: MixedList<Function> = [BaselineSchema1700000000001, SchemaHardening1700000000002, IdempotencyKeys1700000000020, MonitoringSnapshotVersioning1700000000030, LeaderTerms1700000000040, PlanningCore1700000000050, ApiKeys1700000000060, EncryptIntegrationTokens1700000000061, ProposalRunResponseText1700000000070, PortfolioMembersSharePurchaseOrder1700000000085, ProposalRunStorage1700000000090, WbSalesMonth1700000000100, WbSalesTail1700000000110, ProposalLineDeferredRunKey1700000000120];
