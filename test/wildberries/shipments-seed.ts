import { TestDatabase } from '../support/test-database';

/** Shipments have no create endpoint in this suite's scope, so they are seeded with SQL. */

export const SHIPMENT_PATH = '/api/v1/wb/manager/shipment';

export interface SkuRef {
  articleId: number;
  colorId: number;
  sizeId: number;
}

export interface ShipmentSeedOptions {
  status?: string;
  targetDate?: string;
  wbArrivalDate?: string;
  comment?: string | null;
  strategy?: string;
  zeroSalesPolicy?: string;
  targetCoverageDays?: number;
  minCoverageDays?: number;
  maxCoverageDaysAfter?: number;
  maxReplenishmentPerArticle?: number | null;
  /** Seconds after 2025-01-01T00:00:00Z; defaults to the insertion order. */
  createdAtSecond?: number;
}

export interface ItemSeedOptions {
  recommendedQty?: number;
  finalQty?: number;
  nskStockAvailable?: number;
  oosRiskBefore?: string;
  explanation?: string | null;
}

let sequence = 0;

/** Wipes shipments and the catalogue rows they point at, so every test starts from nothing. */
export async function emptyShipmentTables(db: TestDatabase): Promise<void> {
  await db.query('TRUNCATE wb_shipment_item, wb_shipment, stock_balance, sku_unit, warehouse, article, color, size RESTART IDENTITY CASCADE');
}

/** An article with one colour and one size, optionally with its SKU unit. */
export async function seedSku(db: TestDatabase, code: string, options: { skuUnit?: boolean } = {}): Promise<SkuRef> {
  const [article] = await db.query<{ id: number }>('INSERT INTO article (code) VALUES ($1) RETURNING id', [code]);
  const [color] = await db.query<{ id: number }>('INSERT INTO color (inner_code) VALUES ($1) RETURNING id', [`C-${code}`]);
  const [size] = await db.query<{ id: number }>('INSERT INTO size (label) VALUES ($1) RETURNING id', [`S-${code}`]);
  if (options.skuUnit !== false) {
    await db.query('INSERT INTO sku_unit (article_id, color_id, size_id) VALUES ($1, $2, $3)', [article.id, color.id, size.id]);
  }
  return { articleId: article.id, colorId: color.id, sizeId: size.id };
}

/** A stock balance of `quantity` for the SKU in a new warehouse of the given type. */
export async function seedStock(db: TestDatabase, sku: SkuRef, quantity: number, type = 'internal'): Promise<void> {
  sequence += 1;
  const [warehouse] = await db.query<{ id: number }>(
    `INSERT INTO warehouse (code, name, type) VALUES ($1, $1, $2) RETURNING id`,
    [`WH-${sequence}`, type],
  );
  await db.query(
    `INSERT INTO stock_balance (sku_unit_id, warehouse_id, quantity, updated_at)
     SELECT id, $4, $5, now() FROM sku_unit WHERE article_id = $1 AND color_id = $2 AND size_id = $3`,
    [sku.articleId, sku.colorId, sku.sizeId, warehouse.id, quantity],
  );
}

export async function seedShipment(db: TestDatabase, options: ShipmentSeedOptions = {}): Promise<number> {
  sequence += 1;
  const createdSecond = options.createdAtSecond ?? sequence;
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO wb_shipment (status, target_date, wb_arrival_date, comment, created_at, updated_at, strategy,
       zero_sales_policy, target_coverage_days, min_coverage_days, max_coverage_days_after, max_replenishment_per_article)
     VALUES ($1, $2, $3, $4, timestamptz '2025-01-01T00:00:00Z' + make_interval(secs => $5),
       timestamptz '2025-01-01T00:00:00Z' + make_interval(secs => $5), $6, $7, $8, $9, $10, $11)
     RETURNING id`,
    [
      options.status ?? 'draft',
      options.targetDate ?? '2025-01-31',
      options.wbArrivalDate ?? options.targetDate ?? '2025-01-31',
      options.comment ?? null,
      createdSecond,
      options.strategy ?? 'normal',
      options.zeroSalesPolicy ?? 'ignore',
      options.targetCoverageDays ?? 30,
      options.minCoverageDays ?? 7,
      options.maxCoverageDaysAfter ?? 60,
      options.maxReplenishmentPerArticle ?? null,
    ],
  );
  return row.id;
}

export async function seedItem(db: TestDatabase, shipmentId: number, sku: SkuRef, options: ItemSeedOptions = {}): Promise<number> {
  const recommended = options.recommendedQty ?? options.finalQty ?? 20;
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO wb_shipment_item (shipment_id, article_id, color_id, size_id, wb_sku, recommended_qty, final_qty,
       nsk_stock_available, oos_risk_before, oos_risk_after, limited_by_nsk_stock, limited_by_max_coverage,
       ignored_due_to_zero_sales, below_min_coverage_threshold, article_total_deficit, article_total_recommended, explanation)
     VALUES ($1, $2, $3, $4, 'WB-X', $5, $6, $7, $8, 'green', false, false, false, false, $5, $5, $9)
     RETURNING id`,
    [
      shipmentId,
      sku.articleId,
      sku.colorId,
      sku.sizeId,
      recommended,
      options.finalQty ?? recommended,
      options.nskStockAvailable ?? 50,
      options.oosRiskBefore ?? 'green',
      options.explanation === undefined ? 'seeded' : options.explanation,
    ],
  );
  return row.id;
}
