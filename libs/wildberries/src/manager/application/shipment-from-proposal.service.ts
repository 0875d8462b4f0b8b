import { Injectable } from '@nestjs/common';
import { IdempotencyService, TransactionHost } from '@supply-brain/database';
import { Shipment, ShipmentReaderService } from '../../shipments';
import { ShipmentCreationRepository } from '../persistence/shipment-creation.repository';
import { ReplenishmentProposalService, ReplenishmentRequest } from './replenishment-proposal.service';

export const FROM_PROPOSAL_ENDPOINT = 'POST /api/v1/wb/manager/shipment/from-proposal';

export interface ShipmentFromProposalCommand {
  proposal: ReplenishmentRequest;
  comment: string;
  /** The request as sent (before defaults), which an Idempotency-Key is bound to. */
  body: unknown;
  idempotencyKey: string | undefined;
}

export interface ShipmentFromProposalOutcome {
  shipment: Shipment;
  /** True when an earlier call with the same Idempotency-Key and body created it. */
  replayed: boolean;
}

/** Creates a draft shipment from a freshly computed proposal (§5.4). */
@Injectable()
export class ShipmentFromProposalService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly proposals: ReplenishmentProposalService,
    private readonly shipments: ShipmentCreationRepository,
    private readonly idempotency: IdempotencyService,
    private readonly reader: ShipmentReaderService,
  ) {}

  /**
   * One transaction: the proposal is computed, the header and every proposal row (zero
   * recommendations included) are written, and the shipment is read back as stored.
   */
  create(command: ShipmentFromProposalCommand): Promise<ShipmentFromProposalOutcome> {
    const { proposal: request } = command;
    ReplenishmentProposalService.checkDates(request);
    return this.tx.write(async () => {
      const outcome = await this.idempotency.run({ endpoint: FROM_PROPOSAL_ENDPOINT, key: command.idempotencyKey, body: command.body }, async () => {
        const proposal = await this.proposals.propose(request);
        const id = await this.shipments.insertDraft({
          targetDate: request.targetDate,
          wbArrivalDate: request.wbArrivalDate,
          comment: command.comment,
          strategy: request.strategy,
          zeroSalesPolicy: request.zeroSalesPolicy,
          targetCoverageDays: request.targetCoverageDays,
          minCoverageDays: request.minCoverageDays,
          maxCoverageDaysAfter: request.maxCoverageDaysAfter,
          maxReplenishmentPerArticle: request.maxReplenishmentPerArticle,
        });
        await this.shipments.insertItems(id, proposal.items);
        return id;
      });
      // Read in the same transaction: a repeat answers the shipment as it is now (00 §7).
      return { shipment: await this.reader.get(outcome.id), replayed: outcome.replayed };
    });
  }
}
