import { Injectable } from '@nestjs/common';
import { IdempotencyService, TransactionHost } from '@supply-brain/database';
import { OrderProposalService } from '../../analytics';
import { PurchaseOrderRecord } from '../domain/purchase-order';
import { PurchaseOrderRepository } from '../persistence/purchase-order.repository';
import { PurchaseOrdersService } from './purchase-orders.service';

export const FROM_PROPOSAL_ENDPOINT = 'POST /api/v1/purchase-order/from-proposal';

export interface PurchaseOrderFromProposal {
  targetDate: string;
  comment: string | null;
  explanation: boolean;
}

export interface CreatedPurchaseOrder {
  order: PurchaseOrderRecord;
  /** True when an earlier call with the same Idempotency-Key created it. */
  replayed: boolean;
}

/** POST /purchase-order/from-proposal (01 §3.13.1, W-9): a draft holding the proposal's lines. */
@Injectable()
export class PurchaseOrderFromProposalService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly idempotency: IdempotencyService,
    private readonly proposals: OrderProposalService,
    private readonly orders: PurchaseOrderRepository,
    private readonly reader: PurchaseOrdersService,
  ) {}

  /**
   * One transaction computes the proposal, writes the order and its lines and stores the key.
   * The body compared for the key is the request with its defaults applied.
   */
  create(request: PurchaseOrderFromProposal, idempotencyKey: string | undefined): Promise<CreatedPurchaseOrder> {
    const body = { target_date: request.targetDate, comment: request.comment, explanation: request.explanation };
    return this.tx.write(async () => {
      const { id, replayed } = await this.idempotency.run({ endpoint: FROM_PROPOSAL_ENDPOINT, key: idempotencyKey, body }, () =>
        this.insertFromProposal(request),
      );
      return { order: await this.reader.load(id), replayed };
    });
  }

  private async insertFromProposal(request: PurchaseOrderFromProposal): Promise<number> {
    // Explanation texts would be discarded (the flag never changes the lines), so none are built.
    const proposal = await this.proposals.computeProposal(request.targetDate, { explanation: false });
    const lines = proposal.items
      .filter((line) => line.quantity > 0)
      .map((line) => ({ articleId: line.article_id, colorId: line.color_id, sizeId: line.size_id, quantity: line.quantity }));
    return this.orders.insertDraft({ targetDate: request.targetDate, comment: request.comment }, lines);
  }
}
