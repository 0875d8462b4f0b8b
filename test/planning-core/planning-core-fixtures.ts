import { TestDatabase } from '../support/test-database';

/*
 * The common set-up of spec 05 §5, written with SQL (settings, WB data and NSC bundles have no
 * write route of their own here). Ids are fixed by restarting identities: article 1 `ART-1`,
 * colours 1–3 (Pantone P-1…P-3), sizes S (1) and M (2), internal warehouse 1.
 */
export class PlanningCoreFixtures {
  constructor(private readonly db: TestDatabase) {}

  async reset(): Promise<void> {
    await this.db.query(
      `TRUNCATE article, color, size, sku_unit, warehouse, stock_balance, bundle_type, bundle_recipe, article_wb_mapping,
                wb_sales_daily, wb_stock, wb_stock_daily, bundle_stock_balance, planning_settings, article_planning_settings,
                global_planning_settings, color_planning_settings, elastic_type, elastic_planning_settings,
                production_order_size_weight_settings, production_order_elastic_bindings, production_order_in_flight_defaults
        RESTART IDENTITY CASCADE`,
    );
  }

  /** Example 1 of 05 §5: two colours × two sizes, every SKU ordered (100 / 90 / 50 / 100). */
  async exampleOne(): Promise<void> {
    await this.common();
    await this.sku(1, 1, 40);
    await this.sku(1, 2, 60);
    await this.sku(2, 1, 100);
    await this.sku(2, 2, 0);
    await this.bundleType(1, [1, 2]);
  }

  /** Article 1, colours 1–3, sizes S/M, one internal warehouse; no SKUs yet. */
  async common(): Promise<void> {
    await this.reset();
    await this.db.query(`INSERT INTO article (code) VALUES ('ART-1')`);
    await this.db.query(`INSERT INTO color (inner_code, pantone_code) VALUES ('C1', 'P-1'), ('C2', 'P-2'), ('C3', 'P-3')`);
    await this.db.query(`INSERT INTO size (label, sort_order) VALUES ('S', 1), ('M', 2)`);
    await this.db.query(`INSERT INTO warehouse (code, name, type) VALUES ('NSC', 'NSC', 'internal')`);
  }

  /** SKU (colour, size) of article 1 with `onHand` pieces at the internal warehouse; returns the sku_unit id. */
  async sku(colorId: number, sizeId: number, onHand: number, articleId = 1): Promise<number> {
    const [{ id }] = await this.db.query<{ id: number }>(
      'INSERT INTO sku_unit (article_id, color_id, size_id) VALUES ($1, $2, $3) RETURNING id',
      [articleId, colorId, sizeId],
    );
    await this.db.query('INSERT INTO stock_balance (sku_unit_id, warehouse_id, quantity, updated_at) VALUES ($1, 1, $2, now())', [id, onHand]);
    return id;
  }

  /** Bundle type with the given id and its recipe for article 1. */
  async bundleType(id: number, recipeColorIds: number[], options: { assorti?: boolean; pieces?: number; articleId?: number } = {}): Promise<void> {
    await this.db.query(
      `INSERT INTO bundle_type (id, code, name, is_assorti, pieces) VALUES ($1::int, 'BT-' || $1::text, 'Type ' || $1::text, $2, $3) ON CONFLICT (id) DO NOTHING`,
      [id, options.assorti ?? false, options.pieces ?? null],
    );
    for (const [index, colorId] of recipeColorIds.entries()) {
      await this.db.query('INSERT INTO bundle_recipe (article_id, bundle_type_id, color_id, position) VALUES ($1, $2, $3, $4)', [
        options.articleId ?? 1,
        id,
        colorId,
        index + 1,
      ]);
    }
  }

  async mapping(wbSku: string, bundleTypeId: number | null, sizeId: number | null, articleId = 1): Promise<void> {
    await this.db.query('INSERT INTO article_wb_mapping (article_id, wb_sku, bundle_type_id, size_id) VALUES ($1, $2, $3, $4)', [articleId, wbSku, bundleTypeId, sizeId]);
  }

  async sales(wbSku: string, rows: Array<[date: string, qty: number]>): Promise<void> {
    await this.db.query(
      'INSERT INTO wb_sales_daily (wb_sku, date, sales_qty) SELECT $1, d, q FROM unnest($2::date[], $3::int[]) AS r(d, q)',
      [wbSku, rows.map((row) => row[0]), rows.map((row) => row[1])],
    );
  }

  async wbStock(wbSku: string, stockQty: number, updatedAt: string): Promise<void> {
    await this.db.query(`INSERT INTO wb_stock (wb_sku, warehouse_id, warehouse_name, stock_qty, updated_at) VALUES ($1, 1, 'WH', $2, $3)`, [wbSku, stockQty, updatedAt]);
  }

  async stockDaily(wbSku: string, rows: Array<[date: string, qty: number]>): Promise<void> {
    await this.db.query(
      'INSERT INTO wb_stock_daily (wb_sku, date, stock_qty) SELECT $1, d, q FROM unnest($2::date[], $3::int[]) AS r(d, q)',
      [wbSku, rows.map((row) => row[0]), rows.map((row) => row[1])],
    );
  }

  query(sql: string, params: unknown[] = []): Promise<unknown> {
    return this.db.query(sql, params);
  }
}

/** The overrides of the §5 common set-up: L = 10, T = 20, R = 5, A = 30, no minimums, safety stock 0. */
export const COMMON_OVERRIDES = {
  lead_time_days: { production: 5, china_to_nsk: 3, packaging: 1, nsk_to_wb: 1 },
  target_coverage_days: 20,
  review_period_days: 5,
  alert_threshold_days: 30,
  safety_stock_method: 'days',
  safety_stock_days: 0,
  fabric_min_batch_qty_default: 0,
  elastic_min_batch_qty_default: 0,
};

export const COMMON_REQUEST = { as_of_date: '2026-03-02', planning_horizon_days: 30, overrides: COMMON_OVERRIDES };

/** The direct request of Example 1 (10 bundles a day of type 1). */
export const EXAMPLE_ONE_REQUEST = { article_id: 1, ...COMMON_REQUEST, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }] };

/** Dates of consecutive days from `start`. */
export function days(start: string, count: number): string[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: count }, (_, k) => new Date(first + k * 86_400_000).toISOString().slice(0, 10));
}
