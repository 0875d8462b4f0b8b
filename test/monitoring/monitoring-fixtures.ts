import { AnalyticsFixtures } from '../planning/analytics-fixtures';
import { TestApp } from '../support/test-app';

export const BASE = '/api/v1/planning/monitoring';

/** Record columns that hold counters; any not given is 0, as in the scenarios of 03 §4. */
export type RecordValues = Partial<Record<
  | 'wb_accounts_total' | 'wb_accounts_active' | 'ms_accounts_total' | 'ms_accounts_active'
  | 'risk_critical' | 'risk_warning' | 'risk_ok' | 'risk_overstock' | 'risk_no_data'
  | 'articles_with_orders' | 'total_final_order_qty',
  number
>>;

export interface RuleValues {
  name?: string;
  metric: string;
  threshold_type: string;
  threshold_value: number;
  severity: string;
  is_active?: boolean;
}

/** Monitoring scenarios: records and rules written as 03 §4 describes them, accounts through their API, planning data through SQL. */
export class MonitoringFixtures {
  readonly planning: AnalyticsFixtures;

  constructor(private readonly t: TestApp) {
    this.planning = new AnalyticsFixtures(t.db);
  }

  async reset(): Promise<void> {
    await this.t.db.query(
      `TRUNCATE monitoring_snapshots, monitoring_alert_rules, wb_integration_accounts, moysklad_integration_accounts RESTART IDENTITY`,
    );
    await this.planning.reset();
  }

  /** Record(t; k=v, …) of 03 §4. */
  async record(createdAt: string, values: RecordValues = {}, meta: { schemaVersion?: number; source?: string } = {}): Promise<number> {
    const columns = Object.keys(values);
    const params = [createdAt, meta.schemaVersion ?? 1, meta.source ?? 'manual', ...Object.values(values)];
    const [row] = await this.t.db.query<{ id: number }>(
      `INSERT INTO monitoring_snapshots (created_at, schema_version, source${columns.map((column) => `, ${column}`).join('')})
       VALUES ($1, $2, $3${columns.map((_, index) => `, $${index + 4}`).join('')}) RETURNING id`,
      params,
    );
    return row.id;
  }

  /** Rule(name; metric op value; severity; active) of 03 §4, written directly. */
  async rule(rule: RuleValues): Promise<number> {
    const [row] = await this.t.db.query<{ id: number }>(
      `INSERT INTO monitoring_alert_rules (name, metric, threshold_type, threshold_value, severity, is_active)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [rule.name ?? `${rule.metric} ${rule.threshold_type} ${rule.threshold_value}`, rule.metric, rule.threshold_type, rule.threshold_value, rule.severity, rule.is_active ?? true],
    );
    return row.id;
  }

  async wbAccount(name: string, isActive: boolean, supplierId: string | null = null): Promise<void> {
    await this.t.http.post('/api/v1/integrations/wb-accounts').send({ name, supplier_id: supplierId, is_active: isActive }).expect(201);
  }

  async msAccount(name: string, isActive: boolean, accountId: string | null = null): Promise<void> {
    await this.t.http.post('/api/v1/integrations/moysklad-accounts').send({ name, account_id: accountId, is_active: isActive }).expect(201);
  }

  /** The database's business today (PLANNING_TIME_ZONE = UTC in these tests). */
  async today(): Promise<string> {
    const [row] = await this.t.db.query<{ today: string }>(`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS today`);
    return row.today;
  }

  /**
   * An active article whose bundle-risk entry has the given level (fixture R of 02 §5.5, thresholds
   * 7 / 14 / 42 at 2 bundles a day): critical 8, warning 20, ok 30, overstock 100 bundles; no_data: no stock, no sales.
   */
  async riskArticle(code: string, level: 'critical' | 'warning' | 'ok' | 'overstock' | 'no_data'): Promise<{ article: number; bundleType: number }> {
    const bundles = { critical: 8, warning: 20, ok: 30, overstock: 100, no_data: 0 }[level];
    const seed = this.planning;
    const article = await seed.article(code);
    const size = await seed.size(`${code}-S`, 1);
    const color = await seed.color(`${code}-C`);
    const warehouse = await seed.warehouse(`${code}-NSC`, 'internal');
    await seed.balance(await seed.sku(article, color, size), warehouse, bundles);
    const bundleType = await seed.bundleType(`${code}-T`);
    await seed.recipe(article, bundleType, [color]);
    await seed.mapping(article, `${code}-WB`, bundleType, size);
    await seed.wbStock(`${code}-WB`, 0);
    if (level !== 'no_data') await seed.dailySales(`${code}-WB`, '2025-01-01', 10, 2);
    await this.t.db.query(
      `INSERT INTO planning_settings (article_id, is_active, min_fabric_batch, min_elastic_batch, alert_threshold_days, safety_stock_days, strictness)
       VALUES ($1, true, 0, 0, 14, 7, 1.0)`,
      [article],
    );
    return { article, bundleType };
  }

  /**
   * An active article ordered today (fixture OE of 02 §5.6: one sale of `sales` units today, WB stock 0,
   * a 10-day horizon; 10 units sold gives a final order of 100). `sales` 0 → no sale, no order.
   */
  async orderedArticle(code: string, sales: number): Promise<number> {
    const seed = this.planning;
    const article = await seed.article(code);
    const color = await seed.color(`${code}-C1`);
    const size = await seed.size(`${code}-S`, 1);
    await seed.sku(article, color, size);
    await seed.articleCoverage(article, 10);
    await seed.planningSettings(article);
    await seed.mapping(article, `${code}-W`);
    if (sales > 0) await seed.sale(`${code}-W`, await this.today(), sales);
    await seed.wbStock(`${code}-W`, 0);
    return article;
  }
}
