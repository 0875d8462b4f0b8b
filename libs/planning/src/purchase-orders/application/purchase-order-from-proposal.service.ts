import { Injectable } from '@nestjs/common';
import { IdempotencyService, TransactionHost } from '@supply-brain/database';
import { OrderProposalService } from '../../analytics';
import { PurchaseOrderRecord, StoredRunReference } from '../domain/purchase-order';
import { PurchaseOrderRepository } from '../persistence/purchase-order.repository';
import { PurchaseOrdersService } from './purchase-orders.service';
import { StoredRunConversion } from './stored-run-conversion';

export const FROM_PROPOSAL_ENDPOINT = 'POST /api/v1/purchase-order/from-proposal';

/**
 * Either the legacy request (the order proposal computed now for `targetDate`, 01 §3.13.1) or the
 * conversion of a stored Planning Core run (05 §3.10), where a null `targetDate` means the run's
 * as_of_date.
 */
export type PurchaseOrderFromProposal =
  | { run?: undefined; targetDate: string; comment: string | null; explanation: boolean }
  | { run: StoredRunReference; targetDate: string | null; comment: string | null; explanation: boolean };

export interface CreatedPurchaseOrder {
  order: PurchaseOrderRecord;
  /** True when an earlier call with the same Idempotency-Key created it. */
  replayed: boolean;
}

/** POST /purchase-order/from-proposal (01 §3.13.1, W-9; 05 §3.10): a draft holding a proposal's lines. */
@Injectable()
export class PurchaseOrderFromProposalService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly idempotency: IdempotencyService,
    private readonly proposals: OrderProposalService,
    private readonly orders: PurchaseOrderRepository,
    private readonly reader: PurchaseOrdersService,
    private readonly storedRuns: StoredRunConversion,
  ) {}

  /**
   * One transaction creates the order and its lines (and marks a converted run) and stores the
   * key. The body compared for the key is the request with its defaults applied; a run's default
   * target date is not known before the run is read, so an omitted `target_date` stays omitted.
   */
  create(request: PurchaseOrderFromProposal, idempotencyKey: string | undefined): Promise<CreatedPurchaseOrder> {
    const body = {
      target_date: request.targetDate ?? undefined,
      comment: request.comment,
      explanation: request.explanation,
      proposal_id: request.run?.kind === 'proposal' ? request.run.id : undefined,
      portfolio_run_id: request.run?.kind === 'portfolio_run' ? request.run.id : undefined,
    };
    return this.tx.write(async () => {
      const { id, replayed } = await this.idempotency.run({ endpoint: FROM_PROPOSAL_ENDPOINT, key: idempotencyKey, body }, () =>
        request.run ? this.storedRuns.convert(request.run, request) : this.insertFromProposal(request.targetDate, request.comment),
      );
      return { order: await this.reader.load(id), replayed };
    });
  }

  private async insertFromProposal(targetDate: string, comment: string | null): Promise<number> {
    // Explanation texts would be discarded (the flag never changes the lines), so none are built.
    const proposal = await this.proposals.computeProposal(targetDate, { explanation: false });
    const lines = proposal.items
      .filter((line) => line.quantity > 0)
      .map((line) => ({ articleId: line.article_id, colorId: line.color_id, sizeId: line.size_id, quantity: line.quantity }));
    return this.orders.insertDraft({ targetDate, comment }, lines);
  }
}
