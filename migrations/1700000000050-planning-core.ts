import type { MigrationInterface, QueryRunner } from 'typeorm';

interface ColumnDefinition {
  name: string;
  type: string;
}

/** Planning-core columns of `article_planning_settings` (05 §2.2), origin 0010–0014 then NEW. */
const ARTICLE_SETTINGS_COLUMNS: readonly ColumnDefinition[] = [
  { name: 'production_order_freshness_sales_stale_after_days', type: 'INTEGER' },
  { name: 'production_order_freshness_stock_stale_after_days', type: 'INTEGER' },
  { name: 'production_order_assorti_bundle_type_ids', type: 'TEXT' },
  { name: 'production_order_layer3_stockout_boost_max', type: 'FLOAT' },
  { name: 'production_order_layer3_overstock_dampen_max', type: 'FLOAT' },
  { name: 'production_order_layer5_unavoidable_stockout_risk_threshold', type: 'FLOAT' },
  { name: 'production_order_layer5_accelerate_production_risk_threshold', type: 'FLOAT' },
  { name: 'production_order_production_cost_per_unit', type: 'FLOAT' },
  { name: 'production_order_logistics_cost_per_unit', type: 'FLOAT' },
  { name: 'production_order_wb_commission_percent_main', type: 'FLOAT' },
  { name: 'production_order_wb_commission_percent_assorti', type: 'FLOAT' },
  { name: 'production_order_average_realized_price_main', type: 'FLOAT' },
  { name: 'production_order_average_realized_price_assorti', type: 'FLOAT' },
  { name: 'production_order_available_capital', type: 'FLOAT' },
  { name: 'production_order_lead_time_production_days', type: 'INTEGER' },
  { name: 'production_order_lead_time_china_to_nsk_days', type: 'INTEGER' },
  { name: 'production_order_lead_time_packaging_days', type: 'INTEGER' },
  { name: 'production_order_lead_time_nsk_to_wb_days', type: 'INTEGER' },
  { name: 'production_order_review_period_days', type: 'INTEGER' },
  { name: 'production_order_safety_stock_method', type: 'VARCHAR(20)' },
  { name: 'production_order_safety_stock_days', type: 'INTEGER' },
  { name: 'production_order_alert_threshold_days', type: 'INTEGER' },
  { name: 'production_order_overstock_cover_days', type: 'INTEGER' },
  { name: 'production_order_order_multiple', type: 'INTEGER' },
];

/**
 * PostgreSQL keeps the first 63 bytes of a longer name, as it did for the earlier system: the two
 * `default_production_order_layer5_…` columns exist as `…_risk_thres` and `…_risk_thre`.
 */
const MAX_IDENTIFIER_LENGTH = 63;

/** The same settings as system-wide defaults on `global_planning_settings` (05 §2.3). */
const GLOBAL_SETTINGS_COLUMNS: readonly ColumnDefinition[] = ARTICLE_SETTINGS_COLUMNS.filter(
  (column) => !column.name.startsWith('production_order_freshness_'),
).map((column) => ({ name: `default_${column.name}`.slice(0, MAX_IDENTIFIER_LENGTH), type: column.type }));

/** Constraints this migration adds to tables that may already exist (05 §2.1, §2.2, §2.4 NEW). */
const ADDED_CONSTRAINTS: ReadonlyArray<{ table: string; name: string; definition: string }> = [
  { table: 'bundle_type', name: 'ck_bundle_type_pieces_positive', definition: 'CHECK (pieces IS NULL OR pieces >= 1)' },
  {
    table: 'article_planning_settings',
    name: 'ck_article_planning_settings_po_safety_stock_method',
    definition: `CHECK (production_order_safety_stock_method IN ('days', 'service_level'))`,
  },
  {
    table: 'article_planning_settings',
    name: 'ck_article_planning_settings_po_order_multiple',
    definition: 'CHECK (production_order_order_multiple >= 1)',
  },
  { table: 'production_order_size_weight_settings', name: 'ck_po_size_weight_positive', definition: 'CHECK (weight > 0)' },
  {
    table: 'production_order_elastic_bindings',
    name: 'ck_po_elastic_binding_color_or_sku',
    definition: 'CHECK (color_id IS NOT NULL OR sku_unit_id IS NOT NULL)',
  },
  { table: 'production_order_in_flight_defaults', name: 'ck_po_in_flight_default_qty', definition: 'CHECK (qty >= 0)' },
  { table: 'production_order_in_flight_defaults', name: 'ck_po_in_flight_default_eta_days', definition: 'CHECK (eta_days >= 0)' },
  {
    table: 'production_order_in_flight_defaults',
    name: 'ck_po_in_flight_default_stage',
    definition: `CHECK (stage IN ('production', 'china_to_nsk', 'packaging', 'nsk_to_wb', 'other'))`,
  },
];

/*
 * The three per-article admin tables the earlier system created in its revision 0009 (05 §2.4).
 * `IF NOT EXISTS`: a database that already holds them keeps them and their rows.
 */
const EARLIER_ADMIN_TABLES: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS production_order_size_weight_settings (
     id SERIAL PRIMARY KEY,
     article_id INTEGER NOT NULL REFERENCES article (id),
     size_id INTEGER NOT NULL REFERENCES size (id),
     weight FLOAT NOT NULL DEFAULT 1.0,
     CONSTRAINT uq_po_size_weight_article_size UNIQUE (article_id, size_id))`,
  `CREATE TABLE IF NOT EXISTS production_order_elastic_bindings (
     id SERIAL PRIMARY KEY,
     article_id INTEGER NOT NULL REFERENCES article (id),
     elastic_type_id INTEGER NOT NULL REFERENCES elastic_type (id),
     color_id INTEGER REFERENCES color (id),
     sku_unit_id INTEGER REFERENCES sku_unit (id),
     is_active BOOLEAN NOT NULL DEFAULT true,
     CONSTRAINT uq_po_elastic_binding_scope UNIQUE NULLS NOT DISTINCT (article_id, elastic_type_id, color_id, sku_unit_id))`,
  `CREATE TABLE IF NOT EXISTS production_order_in_flight_defaults (
     id SERIAL PRIMARY KEY,
     article_id INTEGER NOT NULL REFERENCES article (id),
     color_id INTEGER NOT NULL REFERENCES color (id),
     size_id INTEGER NOT NULL REFERENCES size (id),
     qty INTEGER NOT NULL DEFAULT 0,
     eta_days INTEGER NOT NULL DEFAULT 0,
     stage VARCHAR(50) NOT NULL DEFAULT 'other',
     is_active BOOLEAN NOT NULL DEFAULT true,
     CONSTRAINT uq_po_in_flight_default_scope UNIQUE (article_id, color_id, size_id, stage, eta_days))`,
];

/** Tables new in Planning Core v1 (05 §2.6–2.8), in creation order. */
const NEW_TABLES: readonly string[] = [
  `CREATE TABLE bundle_stock_balance (
     id SERIAL PRIMARY KEY,
     article_id INTEGER NOT NULL REFERENCES article (id),
     bundle_type_id INTEGER NOT NULL REFERENCES bundle_type (id),
     size_id INTEGER NOT NULL REFERENCES size (id),
     warehouse_id INTEGER NOT NULL REFERENCES warehouse (id),
     quantity INTEGER NOT NULL DEFAULT 0,
     updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
     CONSTRAINT uq_bundle_stock_balance UNIQUE (article_id, bundle_type_id, size_id, warehouse_id))`,
  `CREATE TABLE wb_stock_daily (
     id SERIAL PRIMARY KEY,
     wb_sku TEXT NOT NULL,
     date DATE NOT NULL,
     stock_qty INTEGER NOT NULL DEFAULT 0,
     updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
     CONSTRAINT uq_wb_stock_daily_sku_date UNIQUE (wb_sku, date))`,
  `CREATE TABLE production_order_portfolio_run (
     id SERIAL PRIMARY KEY,
     created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
     as_of_date DATE NOT NULL,
     engine_version VARCHAR(20) NOT NULL,
     article_count INTEGER NOT NULL,
     total_units INTEGER NOT NULL DEFAULT 0,
     available_capital NUMERIC(14,2),
     capital_required NUMERIC(14,2),
     request_snapshot JSONB NOT NULL,
     response JSONB NOT NULL,
     purchase_order_id INTEGER REFERENCES purchase_order (id),
     converted_at TIMESTAMPTZ,
     CONSTRAINT uq_po_portfolio_run_purchase_order UNIQUE (purchase_order_id))`,
  `CREATE TABLE production_order_proposal (
     id SERIAL PRIMARY KEY,
     article_id INTEGER NOT NULL REFERENCES article (id),
     portfolio_run_id INTEGER REFERENCES production_order_portfolio_run (id),
     created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
     as_of_date DATE NOT NULL,
     source VARCHAR(20) NOT NULL,
     status VARCHAR(20) NOT NULL,
     action VARCHAR(30),
     risk_level VARCHAR(20) NOT NULL,
     lead_time_days_total INTEGER NOT NULL,
     order_by_date DATE,
     target_arrival_date DATE,
     total_units INTEGER NOT NULL DEFAULT 0,
     capital_required NUMERIC(14,2),
     available_capital NUMERIC(14,2),
     engine_version VARCHAR(20) NOT NULL,
     input_snapshot JSONB NOT NULL,
     policy_snapshot JSONB NOT NULL,
     warnings JSONB NOT NULL DEFAULT '[]',
     response JSONB NOT NULL,
     purchase_order_id INTEGER REFERENCES purchase_order (id),
     converted_at TIMESTAMPTZ,
     CONSTRAINT uq_po_proposal_purchase_order UNIQUE (purchase_order_id),
     CONSTRAINT ck_po_proposal_source CHECK (source IN ('direct', 'from_wb', 'portfolio')),
     CONSTRAINT ck_po_proposal_status CHECK (status IN ('ok', 'skipped')),
     CONSTRAINT ck_po_proposal_action CHECK (action IN ('wait', 'order_with_buffer', 'order_minimum_only')),
     CONSTRAINT ck_po_proposal_risk_level CHECK (risk_level IN ('ok', 'warning', 'critical', 'overstock', 'no_data')))`,
  `CREATE TABLE production_order_proposal_line (
     id SERIAL PRIMARY KEY,
     proposal_id INTEGER NOT NULL REFERENCES production_order_proposal (id),
     article_id INTEGER NOT NULL REFERENCES article (id),
     color_id INTEGER NOT NULL REFERENCES color (id),
     size_id INTEGER NOT NULL REFERENCES size (id),
     sku_unit_id INTEGER NOT NULL REFERENCES sku_unit (id),
     pantone_key VARCHAR(60) NOT NULL,
     daily_demand NUMERIC(12,4) NOT NULL,
     on_hand_now INTEGER NOT NULL,
     receipts_before_arrival INTEGER NOT NULL,
     receipts_in_window INTEGER NOT NULL,
     projected_on_hand_at_arrival NUMERIC(14,2) NOT NULL,
     safety_stock_target NUMERIC(14,2) NOT NULL,
     net_requirement INTEGER NOT NULL,
     safety_stock INTEGER NOT NULL,
     fabric_uplift INTEGER NOT NULL DEFAULT 0,
     elastic_uplift INTEGER NOT NULL DEFAULT 0,
     moq_uplift INTEGER NOT NULL DEFAULT 0,
     multiple_uplift INTEGER NOT NULL DEFAULT 0,
     budget_cut INTEGER NOT NULL DEFAULT 0,
     recommended_qty INTEGER NOT NULL,
     cover_days_now NUMERIC(10,1) NOT NULL,
     cover_days_at_arrival NUMERIC(10,1) NOT NULL,
     stockout_date_without_order DATE,
     risk_level VARCHAR(20) NOT NULL,
     reason_codes TEXT[] NOT NULL DEFAULT '{}',
     CONSTRAINT uq_po_proposal_line_sku UNIQUE (proposal_id, sku_unit_id),
     CONSTRAINT ck_po_proposal_line_recommended_qty CHECK (recommended_qty >= 0))`,
];

/** 05 §2.10; the WB lookup indexes it also lists already exist (schema hardening). */
const NEW_INDEXES: readonly string[] = [
  'CREATE INDEX ix_po_proposal_article_created ON production_order_proposal (article_id, created_at DESC, id DESC)',
  'CREATE INDEX ix_po_proposal_portfolio_run_id ON production_order_proposal (portfolio_run_id)',
  'CREATE INDEX ix_wb_stock_daily_date ON wb_stock_daily (date)',
];

/**
 * Planning Core v1 (`planning_core_v1`, 05 §2): the columns and admin tables of the earlier
 * system's revisions 0009–0014 under their original names, plus NSC bundle stock, the daily WB
 * stock history and the stored proposal runs. Everything the earlier system may already have is
 * created only when missing. `down` removes all of it, newest first.
 */
export class PlanningCore1700000000050 implements MigrationInterface {
  name = 'PlanningCore1700000000050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.addBundleTypeColumns(queryRunner);
    for (const column of ARTICLE_SETTINGS_COLUMNS) {
      await queryRunner.query(`ALTER TABLE article_planning_settings ADD COLUMN IF NOT EXISTS ${column.name} ${column.type}`);
    }
    for (const column of GLOBAL_SETTINGS_COLUMNS) {
      await queryRunner.query(`ALTER TABLE global_planning_settings ADD COLUMN IF NOT EXISTS ${column.name} ${column.type}`);
    }
    for (const sql of EARLIER_ADMIN_TABLES) await queryRunner.query(sql);
    for (const constraint of ADDED_CONSTRAINTS) await this.addConstraintIfMissing(queryRunner, constraint);
    for (const sql of NEW_TABLES) await queryRunner.query(sql);
    for (const sql of NEW_INDEXES) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'production_order_proposal_line',
      'production_order_proposal',
      'production_order_portfolio_run',
      'wb_stock_daily',
      'bundle_stock_balance',
      'production_order_in_flight_defaults',
      'production_order_elastic_bindings',
      'production_order_size_weight_settings',
    ]) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
    const dropColumns = (table: string, columns: readonly ColumnDefinition[]) =>
      queryRunner.query(`ALTER TABLE ${table} ${[...columns].reverse().map((column) => `DROP COLUMN IF EXISTS ${column.name}`).join(', ')}`);
    await dropColumns('global_planning_settings', GLOBAL_SETTINGS_COLUMNS);
    await dropColumns('article_planning_settings', ARTICLE_SETTINGS_COLUMNS);
    await queryRunner.query('ALTER TABLE bundle_type DROP COLUMN IF EXISTS pieces, DROP COLUMN IF EXISTS is_assorti');
  }

  /**
   * `is_assorti` is backfilled from the type's code and name only when this migration adds it; a
   * database that already has the column keeps its flags. Its default `false` stays so that
   * writers that do not know the column yet keep inserting fixed-recipe types.
   */
  private async addBundleTypeColumns(queryRunner: QueryRunner): Promise<void> {
    const existing: Array<{ count: number }> = await queryRunner.query(
      `SELECT count(*)::int AS count FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'bundle_type' AND column_name = 'is_assorti'`,
    );
    await queryRunner.query('ALTER TABLE bundle_type ADD COLUMN IF NOT EXISTS is_assorti BOOLEAN NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE bundle_type ADD COLUMN IF NOT EXISTS pieces INTEGER');
    if (existing[0].count === 0) {
      await queryRunner.query(
        `UPDATE bundle_type SET is_assorti = true
          WHERE lower(code) LIKE '%assorti%' OR lower(name) LIKE '%assorti%'
             OR lower(code) LIKE '%ассорти%' OR lower(name) LIKE '%ассорти%'`,
      );
    }
  }

  private async addConstraintIfMissing(queryRunner: QueryRunner, constraint: { table: string; name: string; definition: string }): Promise<void> {
    const found: unknown[] = await queryRunner.query('SELECT 1 FROM pg_constraint WHERE conname = $1', [constraint.name]);
    if (found.length === 0) await queryRunner.query(`ALTER TABLE ${constraint.table} ADD CONSTRAINT ${constraint.name} ${constraint.definition}`);
  }
}
