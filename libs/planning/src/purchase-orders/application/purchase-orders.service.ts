import { Injectable } from '@nestjs/common';
import { BusinessRuleError, ConflictError, modifiedSince, NotFoundError, UnmodifiedSince } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import {
  PURCHASE_ORDER_ENTITY,
  PURCHASE_ORDER_ITEM_NOT_FOUND,
  PURCHASE_ORDER_NOT_FOUND,
  PurchaseOrderChanges,
  PurchaseOrderHeader,
  PurchaseOrderLineChanges,
  PurchaseOrderRecord,
} from '../domain/purchase-order';
import { canTransition, invalidStatusMessage, invalidTransitionMessage, isPurchaseOrderStatus, NON_DRAFT_ITEMS_MESSAGE } from '../domain/purchase-order-status';
import { PurchaseOrderRepository } from '../persistence/purchase-order.repository';

export interface PurchaseOrderPage {
  status?: string;
  limit: number;
  offset: number;
}

/** Reading and editing purchase orders (01 §3.13.2–3.13.5, §4.1; conventions §7). */
@Injectable()
export class PurchaseOrdersService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly orders: PurchaseOrderRepository,
  ) {}

  /** One page of orders, ascending id, with their lines read in one more statement. */
  list(page: PurchaseOrderPage): Promise<PurchaseOrderRecord[]> {
    return this.tx.read(async () => this.withLines(await this.orders.listHeaders(page)));
  }

  get(id: number): Promise<PurchaseOrderRecord> {
    return this.tx.read(async () => this.load(id));
  }

  /**
   * Header PATCH in the order of 01 §3.13.4: not found, status value, transition, then the
   * precondition; a status error aborts the whole edit.
   */
  update(id: number, changes: PurchaseOrderChanges, precondition?: UnmodifiedSince): Promise<PurchaseOrderRecord> {
    return this.tx.write(async () => {
      const order = await this.lockOrFail(id);
      if (changes.status !== undefined) {
        if (!isPurchaseOrderStatus(changes.status)) throw new BusinessRuleError(invalidStatusMessage(changes.status));
        if (!canTransition(order.status, changes.status)) throw new BusinessRuleError(invalidTransitionMessage(order.status, changes.status));
      }
      this.checkUnmodified(order, precondition);
      await this.orders.updateHeader(id, changes);
      return this.load(id);
    });
  }

  /** Line PATCH in the order of 01 §3.13.5 (order not found, not a draft, line not found), then the precondition. */
  updateLine(id: number, itemId: number, changes: PurchaseOrderLineChanges, precondition?: UnmodifiedSince): Promise<PurchaseOrderRecord> {
    return this.tx.write(async () => {
      const order = await this.lockOrFail(id);
      if (order.status !== 'draft') throw new BusinessRuleError(NON_DRAFT_ITEMS_MESSAGE);
      if (!(await this.orders.hasLine(id, itemId))) throw new NotFoundError(PURCHASE_ORDER_ITEM_NOT_FOUND);
      this.checkUnmodified(order, precondition);
      await this.orders.updateLine(itemId, changes);
      await this.orders.touch(id);
      return this.load(id);
    });
  }

  /** The full order; call inside a transaction. */
  async load(id: number): Promise<PurchaseOrderRecord> {
    const header = await this.orders.findHeader(id);
    if (!header) throw new NotFoundError(PURCHASE_ORDER_NOT_FOUND);
    return (await this.withLines([header]))[0];
  }

  private async lockOrFail(id: number): Promise<PurchaseOrderHeader> {
    return (await this.orders.lockHeader(id)) ?? this.notFound();
  }

  private checkUnmodified(order: PurchaseOrderHeader, precondition: UnmodifiedSince | undefined): void {
    if (precondition && modifiedSince(order.updatedAt, precondition)) {
      throw new ConflictError(`${PURCHASE_ORDER_ENTITY} was modified by another request`);
    }
  }

  private async withLines(headers: PurchaseOrderHeader[]): Promise<PurchaseOrderRecord[]> {
    const lines = await this.orders.linesOf(headers.map((header) => header.id));
    const linesByOrder = new Map(headers.map((header) => [header.id, [] as PurchaseOrderRecord['items']]));
    for (const line of lines) linesByOrder.get(line.purchaseOrderId)!.push(line);
    return headers.map((header) => ({ ...header, items: linesByOrder.get(header.id)! }));
  }

  private notFound(): never {
    throw new NotFoundError(PURCHASE_ORDER_NOT_FOUND);
  }
}
