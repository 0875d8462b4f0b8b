import { Injectable } from '@nestjs/common';
import { DB_NOW_MS, nextUpdatedAtSql, TransactionHost } from '@supply-brain/database';
import {
  NewPurchaseOrderLine,
  PurchaseOrderChanges,
  PurchaseOrderHeader,
  PurchaseOrderLine,
  PurchaseOrderLineChanges,
} from '../domain/purchase-order';

const HEADER_COLUMNS = `id, status, target_date AS "targetDate", comment, external_ref AS "externalRef",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

const LINE_COLUMNS = `id, purchase_order_id AS "purchaseOrderId", article_id AS "articleId", color_id AS "colorId",
  size_id AS "sizeId", quantity, source, notes`;

const HEADER_COLUMN_OF: Record<keyof PurchaseOrderChanges, string> = { status: 'status', comment: 'comment', externalRef: 'external_ref' };
const LINE_COLUMN_OF: Record<keyof PurchaseOrderLineChanges, { column: string; type: string }> = {
  quantity: { column: 'quantity', type: 'integer' },
  notes: { column: 'notes', type: 'varchar' },
};

function presentKeys<T extends object>(changes: T): Array<keyof T> {
  return (Object.keys(changes) as Array<keyof T>).filter((key) => changes[key] !== undefined);
}

/** `purchase_order` and `purchase_order_item`; statements run in the caller's transaction. */
@Injectable()
export class PurchaseOrderRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** One page of headers, ascending id; `status` filters by exact match when given. */
  listHeaders(page: { status?: string; limit: number; offset: number }): Promise<PurchaseOrderHeader[]> {
    return this.tx.manager.query(
      `SELECT ${HEADER_COLUMNS} FROM purchase_order
        WHERE $1::varchar IS NULL OR status = $1
        ORDER BY id LIMIT $2 OFFSET $3`,
      [page.status ?? null, page.limit, page.offset],
    );
  }

  async findHeader(id: number): Promise<PurchaseOrderHeader | null> {
    const rows: PurchaseOrderHeader[] = await this.tx.manager.query(`SELECT ${HEADER_COLUMNS} FROM purchase_order WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Locks the header row until the transaction ends, so edits of one order serialise (conventions §7). */
  async lockHeader(id: number): Promise<PurchaseOrderHeader | null> {
    const rows: PurchaseOrderHeader[] = await this.tx.manager.query(`SELECT ${HEADER_COLUMNS} FROM purchase_order WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /** The lines of all the given orders in one statement, ascending id. */
  linesOf(orderIds: number[]): Promise<PurchaseOrderLine[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return this.tx.manager.query(`SELECT ${LINE_COLUMNS} FROM purchase_order_item WHERE purchase_order_id = ANY($1::int[]) ORDER BY id`, [orderIds]);
  }

  /** Whether the order has a line with this id (a line of another order does not count). */
  async hasLine(orderId: number, itemId: number): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query('SELECT 1 FROM purchase_order_item WHERE id = $1 AND purchase_order_id = $2', [itemId, orderId]);
    return rows.length > 0;
  }

  async updateLine(itemId: number, changes: PurchaseOrderLineChanges): Promise<void> {
    const keys = presentKeys(changes);
    if (keys.length === 0) return;
    const assignments = keys.map((key, index) => `${LINE_COLUMN_OF[key].column} = $${index + 2}::${LINE_COLUMN_OF[key].type}`);
    await this.tx.manager.query(`UPDATE purchase_order_item SET ${assignments.join(', ')} WHERE id = $1`, [itemId, ...keys.map((key) => changes[key])]);
  }

  /**
   * Sets the named header fields; `updated_at` moves only when a value really changes (the SET
   * expressions see the row as it was).
   */
  async updateHeader(id: number, changes: PurchaseOrderChanges): Promise<void> {
    const keys = presentKeys(changes);
    if (keys.length === 0) return;
    const columns = keys.map((key) => HEADER_COLUMN_OF[key]);
    const values = columns.map((_column, index) => `$${index + 2}::varchar`);
    await this.tx.manager.query(
      `UPDATE purchase_order
          SET ${columns.map((column, index) => `${column} = ${values[index]}`).join(', ')},
              updated_at = CASE WHEN ROW(${columns.join(', ')}) IS DISTINCT FROM ROW(${values.join(', ')})
                                THEN ${nextUpdatedAtSql()} ELSE updated_at END
        WHERE id = $1`,
      [id, ...keys.map((key) => changes[key])],
    );
  }

  /** A line edit always counts as a change of the order. */
  async touch(id: number): Promise<void> {
    await this.tx.manager.query(`UPDATE purchase_order SET updated_at = ${nextUpdatedAtSql()} WHERE id = $1`, [id]);
  }

  /** A new draft with `created_at = updated_at` from the database clock, and its lines in the given order; returns its id. */
  async insertDraft(order: { targetDate: string; comment: string | null }, lines: NewPurchaseOrderLine[]): Promise<number> {
    const rows: Array<{ id: number }> = await this.tx.manager.query(
      `INSERT INTO purchase_order (status, target_date, comment, external_ref, created_at, updated_at)
       VALUES ('draft', $1, $2, NULL, ${DB_NOW_MS}, ${DB_NOW_MS}) RETURNING id`,
      [order.targetDate, order.comment],
    );
    const id = rows[0].id;
    if (lines.length > 0) {
      await this.tx.manager.query(
        `INSERT INTO purchase_order_item (purchase_order_id, article_id, color_id, size_id, quantity, source, notes)
         SELECT $1, line.article_id, line.color_id, line.size_id, line.quantity, 'auto', line.notes
           FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::varchar[]) WITH ORDINALITY
                AS line(article_id, color_id, size_id, quantity, notes, position)
          ORDER BY line.position`,
        [
          id,
          lines.map((l) => l.articleId),
          lines.map((l) => l.colorId),
          lines.map((l) => l.sizeId),
          lines.map((l) => l.quantity),
          lines.map((l) => l.notes ?? null),
        ],
      );
    }
    return id;
  }
}
