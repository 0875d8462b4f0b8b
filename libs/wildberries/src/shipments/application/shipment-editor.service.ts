import { Injectable } from '@nestjs/common';
import { BusinessRuleError, ConflictError, modifiedSince, NotFoundError, UnmodifiedSince } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { isApproval, isFinalStatus, statusChangeRefusal } from '../domain/shipment-status';
import { ShipmentWriteRepository } from '../persistence/shipment-write.repository';
import { HeaderChanges, ItemChanges, Shipment, ShipmentHeader, StockShortfall } from './shipment';
import { ITEM_NOT_FOUND, SHIPMENT_NOT_FOUND, ShipmentReaderService } from './shipment-reader.service';

export const MODIFIED_BY_ANOTHER_REQUEST = 'WbShipment was modified by another request';

function shortfallMessage(shortfalls: StockShortfall[]): string {
  const items = shortfalls.map((s) => `item ${s.itemId} (final_qty ${s.finalQty}, available ${s.available})`);
  return `final_qty exceeds live NSC stock minus other open shipments for: ${items.join(', ')}`;
}

/**
 * Header and item edits. Each runs in one transaction that first locks the shipment row and
 * re-checks the status rules inside it, so concurrent edits serialise and none is lost (W3).
 */
@Injectable()
export class ShipmentEditorService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly writes: ShipmentWriteRepository,
    private readonly reader: ShipmentReaderService,
  ) {}

  updateHeader(id: number, changes: HeaderChanges, since?: UnmodifiedSince): Promise<Shipment> {
    return this.tx.write(async () => {
      const header = await this.lockOrFail(id);
      if (isFinalStatus(header.status)) throw new BusinessRuleError('Cannot modify a shipment in final status');
      if (changes.status !== undefined) {
        const refusal = statusChangeRefusal(header.status, changes.status);
        if (refusal) throw new BusinessRuleError(refusal);
      }
      this.assertUnmodified(header, since);
      if (isApproval(header.status, changes.status)) await this.assertStockStillCovers(id);
      await this.writes.updateHeader(id, changes);
      return this.reader.get(id);
    });
  }

  updateItem(shipmentId: number, itemId: number, changes: ItemChanges, since?: UnmodifiedSince): Promise<Shipment> {
    return this.tx.write(async () => {
      const header = await this.lockOrFail(shipmentId);
      if (header.status !== 'draft') throw new BusinessRuleError('Cannot modify items of a non-draft shipment');
      const item = await this.writes.findEditableItem(shipmentId, itemId);
      if (!item) throw new NotFoundError(ITEM_NOT_FOUND);
      if (changes.finalQty !== undefined && changes.finalQty > item.nskStockAvailable) {
        throw new BusinessRuleError('final_qty exceeds available NSC stock');
      }
      this.assertUnmodified(header, since);
      await this.writes.updateItem(itemId, changes);
      await this.writes.touch(shipmentId);
      return this.reader.get(shipmentId);
    });
  }

  private async lockOrFail(id: number): Promise<ShipmentHeader> {
    const header = await this.writes.lockHeader(id);
    if (!header) throw new NotFoundError(SHIPMENT_NOT_FOUND);
    return header;
  }

  private assertUnmodified(header: ShipmentHeader, since?: UnmodifiedSince): void {
    if (since && modifiedSince(header.updatedAt, since)) throw new ConflictError(MODIFIED_BY_ANOTHER_REQUEST);
  }

  /**
   * Approval re-checks `final_qty` against live NSC stock minus other open shipments (W8). Drafts
   * already count as open, so approving one changes no other approval's figures: no extra lock.
   */
  private async assertStockStillCovers(id: number): Promise<void> {
    const shortfalls = await this.writes.findStockShortfalls(id);
    if (shortfalls.length > 0) throw new ConflictError(shortfallMessage(shortfalls));
  }
}
