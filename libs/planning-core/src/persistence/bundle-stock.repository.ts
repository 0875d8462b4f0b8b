import { Injectable } from '@nestjs/common';
import { DB_NOW_MS, TransactionHost } from '@supply-brain/database';

/** One `bundle_stock_balance` row of an import, validated and defaulted. */
export interface BundleStockRow {
  articleId: number;
  bundleTypeId: number;
  sizeId: number;
  warehouseId: number;
  quantity: number;
  /** Null: the database clock's now. */
  updatedAt: Date | null;
}

/** The referenced ids of an import that do not exist, per kind. */
export interface MissingReferences {
  articleIds: number[];
  bundleTypeIds: number[];
  sizeIds: number[];
  warehouseIds: number[];
}

/** NSC assembled-bundle stock (05 §2.6), written by the bundle-stock import. */
@Injectable()
export class BundleStockRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * The referenced ids that do not exist; the existing ones are key-share locked so none can be
   * deleted before the upsert.
   */
  async findMissingReferences(rows: BundleStockRow[]): Promise<MissingReferences> {
    const distinct = (pick: (row: BundleStockRow) => number) => [...new Set(rows.map(pick))];
    const [result]: MissingReferences[] = await this.tx.manager.query(
      `WITH a AS (SELECT id FROM article WHERE id = ANY($1::int[]) FOR KEY SHARE),
            b AS (SELECT id FROM bundle_type WHERE id = ANY($2::int[]) FOR KEY SHARE),
            s AS (SELECT id FROM size WHERE id = ANY($3::int[]) FOR KEY SHARE),
            w AS (SELECT id FROM warehouse WHERE id = ANY($4::int[]) FOR KEY SHARE)
       SELECT ARRAY(SELECT x FROM unnest($1::int[]) AS x WHERE x NOT IN (SELECT id FROM a) ORDER BY x) AS "articleIds",
              ARRAY(SELECT x FROM unnest($2::int[]) AS x WHERE x NOT IN (SELECT id FROM b) ORDER BY x) AS "bundleTypeIds",
              ARRAY(SELECT x FROM unnest($3::int[]) AS x WHERE x NOT IN (SELECT id FROM s) ORDER BY x) AS "sizeIds",
              ARRAY(SELECT x FROM unnest($4::int[]) AS x WHERE x NOT IN (SELECT id FROM w) ORDER BY x) AS "warehouseIds"`,
      [distinct((r) => r.articleId), distinct((r) => r.bundleTypeId), distinct((r) => r.sizeId), distinct((r) => r.warehouseId)],
    );
    return result;
  }

  /** Upserts one chunk by `uq_bundle_stock_balance`; returns how many rows were new. */
  async upsert(rows: BundleStockRow[]): Promise<number> {
    const result: Array<{ inserted: number }> = await this.tx.manager.query(
      `WITH upserted AS (
         INSERT INTO bundle_stock_balance AS stock (article_id, bundle_type_id, size_id, warehouse_id, quantity, updated_at)
         SELECT article_id, bundle_type_id, size_id, warehouse_id, quantity, COALESCE(updated_at, ${DB_NOW_MS})
           FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::timestamptz[])
             AS item(article_id, bundle_type_id, size_id, warehouse_id, quantity, updated_at)
         ON CONFLICT ON CONSTRAINT uq_bundle_stock_balance DO UPDATE
           SET quantity = EXCLUDED.quantity, updated_at = EXCLUDED.updated_at
           WHERE (stock.quantity, stock.updated_at) IS DISTINCT FROM (EXCLUDED.quantity, EXCLUDED.updated_at)
         RETURNING (xmax = 0) AS inserted)
       SELECT count(*) FILTER (WHERE inserted)::int AS inserted FROM upserted`,
      [
        rows.map((r) => r.articleId),
        rows.map((r) => r.bundleTypeId),
        rows.map((r) => r.sizeId),
        rows.map((r) => r.warehouseId),
        rows.map((r) => r.quantity),
        rows.map((r) => r.updatedAt?.toISOString() ?? null),
      ],
    );
    return result[0].inserted;
  }
}
