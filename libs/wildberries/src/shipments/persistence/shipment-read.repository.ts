import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { HeaderPage, ShipmentFilter, ShipmentHeader, ShipmentHeaderWithTotals, ShipmentItem } from '../application/shipment';
import { PresetHistoryEntry } from '../domain/shipment-preset';
import { HEADER_COLUMNS, ITEM_COLUMNS, TOTALS_COLUMNS, TOTALS_LATERAL } from './shipment-columns';

interface WhereClause {
  sql: string;
  params: unknown[];
}

/** Filters on shipment `s`; the article filter asks for one such item, never narrowing the items. */
function whereOf(filter: ShipmentFilter): WhereClause {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (condition: (placeholder: string) => string, value: unknown): void => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (filter.status !== undefined) add((p) => `s.status = ${p}`, filter.status);
  if (filter.articleId !== undefined) {
    add((p) => `EXISTS (SELECT 1 FROM wb_shipment_item a WHERE a.shipment_id = s.id AND a.article_id = ${p})`, filter.articleId);
  }
  if (filter.dateFrom !== undefined) add((p) => `s.target_date >= ${p}::date`, filter.dateFrom);
  if (filter.dateTo !== undefined) add((p) => `s.target_date <= ${p}::date`, filter.dateTo);
  return { sql: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** Reads of shipments and their items; every list in a deterministic order (W10). */
@Injectable()
export class ShipmentReadRepository {
  constructor(private readonly tx: TransactionHost) {}

  listHeaders(filter: ShipmentFilter): Promise<ShipmentHeader[]> {
    const where = whereOf(filter);
    return this.tx.manager.query(`SELECT ${HEADER_COLUMNS} FROM wb_shipment s ${where.sql} ORDER BY s.id`, where.params);
  }

  async findHeader(id: number): Promise<ShipmentHeader | null> {
    const rows: ShipmentHeader[] = await this.tx.manager.query(`SELECT ${HEADER_COLUMNS} FROM wb_shipment s WHERE s.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Items of the given shipments in one query, by ascending id. */
  itemsOf(shipmentIds: number[]): Promise<ShipmentItem[]> {
    if (shipmentIds.length === 0) return Promise.resolve([]);
    return this.tx.manager.query(`SELECT ${ITEM_COLUMNS} FROM wb_shipment_item i WHERE i.shipment_id = ANY($1::int[]) ORDER BY i.id`, [
      shipmentIds,
    ]);
  }

  async findItem(shipmentId: number, itemId: number): Promise<ShipmentItem | null> {
    const rows: ShipmentItem[] = await this.tx.manager.query(
      `SELECT ${ITEM_COLUMNS} FROM wb_shipment_item i WHERE i.id = $1 AND i.shipment_id = $2`,
      [itemId, shipmentId],
    );
    return rows[0] ?? null;
  }

  /** One page of headers with live aggregates over all their items, sorted by the key then id. */
  pageOfHeadersWithTotals(filter: ShipmentFilter, page: HeaderPage): Promise<ShipmentHeaderWithTotals[]> {
    const where = whereOf(filter);
    // The sort key comes from a closed list (HEADER_SORT_KEYS), never from the client's text.
    const order = `s.${page.sortBy} ${page.sortDir}, s.id ${page.sortDir}`;
    const n = where.params.length;
    return this.tx.manager.query(
      `WITH page AS (
         SELECT s.* FROM wb_shipment s ${where.sql} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}
       )
       SELECT ${HEADER_COLUMNS}, ${TOTALS_COLUMNS} FROM page s ${TOTALS_LATERAL} ORDER BY ${order}`,
      [...where.params, page.limit, page.offset],
    );
  }

  async findHeaderWithTotals(id: number): Promise<ShipmentHeaderWithTotals | null> {
    const rows: ShipmentHeaderWithTotals[] = await this.tx.manager.query(
      `SELECT ${HEADER_COLUMNS}, ${TOTALS_COLUMNS} FROM wb_shipment s ${TOTALS_LATERAL} WHERE s.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The most recent non-cancelled shipments, newest first (`created_at`, then `id`). */
  recentNonCancelled(limit: number): Promise<PresetHistoryEntry[]> {
    return this.tx.manager.query(
      `WITH recent AS (
         SELECT s.* FROM wb_shipment s WHERE s.status <> 'cancelled' ORDER BY s.created_at DESC, s.id DESC LIMIT $1
       )
       SELECT ${HEADER_COLUMNS}, (s.wb_arrival_date - s.target_date) AS "transitDays",
              t."totalFinalQty", t."totalItems"
         FROM recent s ${TOTALS_LATERAL}
        ORDER BY s.created_at DESC, s.id DESC`,
      [limit],
    );
  }
}
