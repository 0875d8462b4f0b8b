import { Injectable } from '@nestjs/common';
import { nextUpdatedAtSql, TransactionHost } from '@supply-brain/database';
import { HeaderChanges, ItemChanges, ShipmentHeader, StockShortfall } from '../application/shipment';
import { HEADER_COLUMNS } from './shipment-columns';

/** Writes to shipments; callers hold the transaction and lock the header first (conventions §7). */
@Injectable()
export class ShipmentWriteRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Locks the header row until the transaction ends, so concurrent edits of one shipment serialise. */
  async lockHeader(id: number): Promise<ShipmentHeader | null> {
    const rows: ShipmentHeader[] = await this.tx.manager.query(
      `SELECT ${HEADER_COLUMNS} FROM wb_shipment s WHERE s.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Writes the given fields; `updated_at` moves only when a value really changes. */
  async updateHeader(id: number, changes: HeaderChanges): Promise<void> {
    const assignments: string[] = [];
    const params: unknown[] = [id];
    const changed: string[] = [];
    for (const [column, value] of [
      ['status', changes.status],
      ['comment', changes.comment],
    ] as const) {
      if (value === undefined) continue;
      params.push(value);
      assignments.push(`${column} = $${params.length}::varchar`);
      changed.push(`${column} IS DISTINCT FROM $${params.length}::varchar`);
    }
    if (assignments.length === 0) return;
    await this.tx.manager.query(
      `UPDATE wb_shipment
          SET ${assignments.join(', ')},
              updated_at = CASE WHEN ${changed.join(' OR ')} THEN ${nextUpdatedAtSql()} ELSE updated_at END
        WHERE id = $1`,
      params,
    );
  }

  /** The item of this shipment with the NSC snapshot that bounds its final_qty; null when none. */
  async findEditableItem(shipmentId: number, itemId: number): Promise<{ nskStockAvailable: number } | null> {
    const rows: Array<{ nskStockAvailable: number }> = await this.tx.manager.query(
      `SELECT nsk_stock_available AS "nskStockAvailable" FROM wb_shipment_item WHERE id = $1 AND shipment_id = $2`,
      [itemId, shipmentId],
    );
    return rows[0] ?? null;
  }

  async updateItem(itemId: number, changes: ItemChanges): Promise<void> {
    const assignments: string[] = [];
    const params: unknown[] = [itemId];
    if (changes.finalQty !== undefined) {
      params.push(changes.finalQty);
      assignments.push(`final_qty = $${params.length}::int`);
    }
    if (changes.explanation !== undefined) {
      params.push(changes.explanation);
      assignments.push(`explanation = $${params.length}::text`);
    }
    if (assignments.length === 0) return;
    await this.tx.manager.query(`UPDATE wb_shipment_item SET ${assignments.join(', ')} WHERE id = $1`, params);
  }

  /** Every successful item edit moves the shipment's version, so If-Unmodified-Since covers items too. */
  async touch(id: number): Promise<void> {
    await this.tx.manager.query(`UPDATE wb_shipment SET updated_at = ${nextUpdatedAtSql()} WHERE id = $1`, [id]);
  }

  /**
   * Items of the shipment whose SKU unit's planned quantity exceeds live NSC stock (Σ over
   * `internal` warehouses) minus what other open shipments plan for it (W8), by ascending item id.
   */
  findStockShortfalls(shipmentId: number): Promise<StockShortfall[]> {
    return this.tx.manager.query(
      `WITH planned AS (
         SELECT i.id, i.article_id, i.color_id, i.size_id, i.final_qty,
                sum(i.final_qty) OVER (PARTITION BY i.article_id, i.color_id, i.size_id) AS sku_planned
           FROM wb_shipment_item i
          WHERE i.shipment_id = $1 AND i.final_qty > 0
       ),
       nsc AS (
         SELECT su.article_id, su.color_id, su.size_id, sum(sb.quantity) AS qty
           FROM sku_unit su
           JOIN stock_balance sb ON sb.sku_unit_id = su.id
           JOIN warehouse w ON w.id = sb.warehouse_id AND w.type = 'internal'
          WHERE (su.article_id, su.color_id, su.size_id) IN (SELECT article_id, color_id, size_id FROM planned)
          GROUP BY su.article_id, su.color_id, su.size_id
       ),
       reserved AS (
         SELECT o.article_id, o.color_id, o.size_id, sum(o.final_qty) AS qty
           FROM wb_shipment_item o
           JOIN wb_shipment s ON s.id = o.shipment_id
          WHERE s.id <> $1 AND s.status IN ('draft', 'approved')
            AND (o.article_id, o.color_id, o.size_id) IN (SELECT article_id, color_id, size_id FROM planned)
          GROUP BY o.article_id, o.color_id, o.size_id
       )
       SELECT p.id AS "itemId", p.final_qty AS "finalQty", COALESCE(n.qty, 0) - COALESCE(r.qty, 0) AS available
         FROM planned p
         LEFT JOIN nsc n USING (article_id, color_id, size_id)
         LEFT JOIN reserved r USING (article_id, color_id, size_id)
        WHERE p.sku_planned > COALESCE(n.qty, 0) - COALESCE(r.qty, 0)
        ORDER BY p.id`,
      [shipmentId],
    );
  }
}
