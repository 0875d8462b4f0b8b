import { TestDatabase } from '../support/test-database';

/*
 * Seeds the tables the planning read models read. Most of them (settings, WB data) have no write
 * route of their own, so every fixture is written with SQL for one consistent style.
 */
export class AnalyticsFixtures {
  constructor(private readonly db: TestDatabase) {}

  /** Empties every table these read models look at. */
  reset(): Promise<unknown> {
    return this.db.query(
      `TRUNCATE article, color, size, sku_unit, warehouse, stock_balance, bundle_type, bundle_recipe, article_wb_mapping,
                wb_sales_daily, wb_stock, planning_settings, article_planning_settings, global_planning_settings,
                color_planning_settings, elastic_type, elastic_planning_settings RESTART IDENTITY CASCADE`,
    );
  }

  private async idOf(sql: string, params: unknown[]): Promise<number> {
    return (await this.db.query<{ id: number }>(`${sql} RETURNING id`, params))[0].id;
  }

  article(code: string): Promise<number> {
    return this.idOf('INSERT INTO article (code, name) VALUES ($1, $1)', [code]);
  }

  color(innerCode: string): Promise<number> {
    return this.idOf('INSERT INTO color (inner_code) VALUES ($1)', [innerCode]);
  }

  size(label: string, sortOrder: number): Promise<number> {
    return this.idOf('INSERT INTO size (label, sort_order) VALUES ($1, $2)', [label, sortOrder]);
  }

  sku(articleId: number, colorId: number, sizeId: number): Promise<number> {
    return this.idOf('INSERT INTO sku_unit (article_id, color_id, size_id) VALUES ($1, $2, $3)', [articleId, colorId, sizeId]);
  }

  warehouse(code: string, type: string): Promise<number> {
    return this.idOf('INSERT INTO warehouse (code, name, type) VALUES ($1, $1, $2)', [code, type]);
  }

  balance(skuUnitId: number, warehouseId: number, quantity: number): Promise<unknown> {
    return this.db.query('INSERT INTO stock_balance (sku_unit_id, warehouse_id, quantity, updated_at) VALUES ($1, $2, $3, now())', [
      skuUnitId,
      warehouseId,
      quantity,
    ]);
  }

  bundleType(code: string, name = code): Promise<number> {
    return this.idOf('INSERT INTO bundle_type (code, name) VALUES ($1, $2)', [code, name]);
  }

  async recipe(articleId: number, bundleTypeId: number, colorIds: number[]): Promise<void> {
    for (const [index, colorId] of colorIds.entries()) {
      await this.db.query('INSERT INTO bundle_recipe (article_id, bundle_type_id, color_id, position) VALUES ($1, $2, $3, $4)', [
        articleId,
        bundleTypeId,
        colorId,
        index + 1,
      ]);
    }
  }

  mapping(articleId: number, wbSku: string, bundleTypeId: number | null = null, sizeId: number | null = null): Promise<unknown> {
    return this.db.query('INSERT INTO article_wb_mapping (article_id, wb_sku, bundle_type_id, size_id) VALUES ($1, $2, $3, $4)', [
      articleId,
      wbSku,
      bundleTypeId,
      sizeId,
    ]);
  }

  sale(wbSku: string, date: string, quantity: number): Promise<unknown> {
    return this.db.query('INSERT INTO wb_sales_daily (wb_sku, date, sales_qty) VALUES ($1, $2, $3)', [wbSku, date, quantity]);
  }

  wbStock(wbSku: string, quantity: number, warehouseId: number | null = null): Promise<unknown> {
    return this.db.query('INSERT INTO wb_stock (wb_sku, warehouse_id, stock_qty, updated_at) VALUES ($1, $2, $3, now())', [
      wbSku,
      warehouseId,
      quantity,
    ]);
  }

  /** PS(x) of 02 §5: active, no minima, zero thresholds, strictness 1.0 unless overridden. */
  planningSettings(
    articleId: number,
    overrides: { isActive?: boolean; minFabricBatch?: number; minElasticBatch?: number; strictness?: number } = {},
  ): Promise<unknown> {
    return this.db.query(
      `INSERT INTO planning_settings (article_id, is_active, min_fabric_batch, min_elastic_batch, alert_threshold_days,
         safety_stock_days, strictness) VALUES ($1, $2, $3, $4, 0, 0, $5)`,
      [articleId, overrides.isActive ?? true, overrides.minFabricBatch ?? 0, overrides.minElasticBatch ?? 0, overrides.strictness ?? 1.0],
    );
  }

  articleCoverage(articleId: number, targetCoverageDays: number | null): Promise<unknown> {
    return this.db.query('INSERT INTO article_planning_settings (article_id, target_coverage_days) VALUES ($1, $2)', [
      articleId,
      targetCoverageDays,
    ]);
  }

  /** "GPS default" of 02 §5, with the given default horizon. */
  globalDefaults(targetCoverageDays = 60): Promise<unknown> {
    return this.db.query(
      `INSERT INTO global_planning_settings (default_target_coverage_days, default_lead_time_days, default_service_level_percent,
         default_fabric_min_batch_qty, default_elastic_min_batch_qty) VALUES ($1, 70, 90, 7000, 3000)`,
      [targetCoverageDays],
    );
  }

  colorMinimum(articleId: number, colorId: number, quantity: number | null): Promise<unknown> {
    return this.db.query('INSERT INTO color_planning_settings (article_id, color_id, fabric_min_batch_qty) VALUES ($1, $2, $3)', [
      articleId,
      colorId,
      quantity,
    ]);
  }

  async elasticMinimum(articleId: number, code: string, quantity: number | null): Promise<void> {
    const elasticTypeId = await this.idOf('INSERT INTO elastic_type (code, name) VALUES ($1, $1)', [code]);
    await this.db.query('INSERT INTO elastic_planning_settings (article_id, elastic_type_id, elastic_min_batch_qty) VALUES ($1, $2, $3)', [
      articleId,
      elasticTypeId,
      quantity,
    ]);
  }

  /** Sales of `quantity` on each day from `firstDay` (YYYY-MM-DD) for `days` consecutive days. */
  async dailySales(wbSku: string, firstDay: string, days: number, quantity: number): Promise<void> {
    await this.db.query(
      `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
       SELECT $1, $2::date + offs, $4 FROM generate_series(0, $3 - 1) AS offs`,
      [wbSku, firstDay, days, quantity],
    );
  }

  /**
   * `count` more articles shaped like example 57 of 02 §5.7 (strictness 1.5, 9 singles at NSC, one
   * sale of 10 on `saleDate` through a listing without bundle type, a recipe of its colour), written
   * set-based so hundreds of articles take a handful of statements. Codes are `${prefix}-<n>`.
   */
  async example57Articles(prefix: string, count: number, saleDate: string): Promise<void> {
    const color = await this.color(`${prefix}-C`);
    const size = await this.size(`${prefix}-S`, 1);
    const warehouse = await this.warehouse(`${prefix}-WH`, 'internal');
    const bundleType = await this.bundleType(`${prefix}-BT`);
    const batch = `(SELECT id, code FROM article WHERE code LIKE $1 || '-%')`;
    await this.db.query(`INSERT INTO article (code, name) SELECT $1 || '-' || n, $1 || '-' || n FROM generate_series(1, $2::int) AS n`, [prefix, count]);
    await this.db.query(`INSERT INTO sku_unit (article_id, color_id, size_id) SELECT id, $2, $3 FROM ${batch} a`, [prefix, color, size]);
    await this.db.query(
      `INSERT INTO stock_balance (sku_unit_id, warehouse_id, quantity, updated_at)
       SELECT su.id, $2, 9, now() FROM sku_unit su JOIN ${batch} a ON a.id = su.article_id`,
      [prefix, warehouse],
    );
    await this.db.query(
      `INSERT INTO planning_settings (article_id, is_active, min_fabric_batch, min_elastic_batch, alert_threshold_days, safety_stock_days, strictness)
       SELECT id, true, 0, 0, 0, 0, 1.5 FROM ${batch} a`,
      [prefix],
    );
    await this.db.query(`INSERT INTO article_wb_mapping (article_id, wb_sku) SELECT id, code || '-W' FROM ${batch} a`, [prefix]);
    await this.db.query(`INSERT INTO wb_sales_daily (wb_sku, date, sales_qty) SELECT code || '-W', $2::date, 10 FROM ${batch} a`, [prefix, saleDate]);
    await this.db.query(`INSERT INTO bundle_recipe (article_id, bundle_type_id, color_id, position) SELECT id, $2, $3, 1 FROM ${batch} a`, [
      prefix,
      bundleType,
      color,
    ]);
  }

  /** Fixture F1 of 02 §5.3 (bundle availability, deficit and snapshot example 32). */
  async f1(): Promise<F1> {
    const article = await this.article('F1-ART');
    const size = { L: await this.size('L', 3), S: await this.size('S', 1), M: await this.size('M', 2) };
    const color = { A: await this.color('F1-A'), B: await this.color('F1-B'), K: await this.color('F1-K') };
    const sku = {
      AL: await this.sku(article, color.A, size.L),
      AS: await this.sku(article, color.A, size.S),
      AM: await this.sku(article, color.A, size.M),
      BL: await this.sku(article, color.B, size.L),
      BS: await this.sku(article, color.B, size.S),
      BM: await this.sku(article, color.B, size.M),
      KS: await this.sku(article, color.K, size.S),
    };
    const warehouse = { W1: await this.warehouse('F1-W1', 'internal'), W2: await this.warehouse('F1-W2', 'internal'), W3: await this.warehouse('F1-W3', 'external') };
    const balances: [number, number, number][] = [
      [sku.AL, warehouse.W1, 10], [sku.BL, warehouse.W1, 4], [sku.AS, warehouse.W1, 7], [sku.BS, warehouse.W1, -3],
      [sku.KS, warehouse.W1, 100], [sku.AM, warehouse.W1, 5],
      [sku.AL, warehouse.W2, 50], [sku.BL, warehouse.W2, 50],
      [sku.AL, warehouse.W3, 999],
    ];
    for (const [skuUnitId, warehouseId, quantity] of balances) await this.balance(skuUnitId, warehouseId, quantity);
    const bundleType = { T2: await this.bundleType('F1-T2'), T3: await this.bundleType('F1-T3'), T9: await this.bundleType('F1-T9') };
    await this.recipe(article, bundleType.T2, [color.A, color.B]);
    await this.recipe(article, bundleType.T3, [color.A, color.B, color.K]);
    return { article, size, color, warehouse, bundleType };
  }
}

export interface F1 {
  article: number;
  size: { L: number; S: number; M: number };
  color: { A: number; B: number; K: number };
  warehouse: { W1: number; W2: number; W3: number };
  bundleType: { T2: number; T3: number; T9: number };
}
