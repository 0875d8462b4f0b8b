import type { MigrationInterface, QueryRunner } from 'typeorm';

interface IndexDefinition {
  name: string;
  table: string;
  columns: string;
}

interface CheckDefinition {
  name: string;
  table: string;
  condition: string;
}

/*
 * Indexes for foreign keys not led by a unique key (deleting a referenced row otherwise scans the
 * referencing table) and for the lookups the planning, WB and monitoring areas run (01 §2.11,
 * 02 W-PERF-5, 03 §5.10, 04 W11). `wb_stock(wb_sku)` is not listed: `uq_wb_stock_sku_warehouse`
 * leads with `wb_sku` and already serves it.
 */
const INDEXES: readonly IndexDefinition[] = [
  { name: 'ix_sku_unit_color_id', table: 'sku_unit', columns: 'color_id' },
  { name: 'ix_sku_unit_size_id', table: 'sku_unit', columns: 'size_id' },
  { name: 'ix_bundle_recipe_bundle_type_id', table: 'bundle_recipe', columns: 'bundle_type_id' },
  { name: 'ix_bundle_recipe_color_id', table: 'bundle_recipe', columns: 'color_id' },
  { name: 'ix_stock_balance_warehouse_id', table: 'stock_balance', columns: 'warehouse_id' },
  { name: 'ix_color_planning_settings_color_id', table: 'color_planning_settings', columns: 'color_id' },
  { name: 'ix_elastic_planning_settings_elastic_type_id', table: 'elastic_planning_settings', columns: 'elastic_type_id' },
  { name: 'ix_planning_settings_is_active', table: 'planning_settings', columns: 'is_active' },
  { name: 'ix_purchase_order_status', table: 'purchase_order', columns: 'status' },
  { name: 'ix_purchase_order_item_article_id', table: 'purchase_order_item', columns: 'article_id' },
  { name: 'ix_wb_shipment_status', table: 'wb_shipment', columns: 'status' },
  { name: 'ix_wb_shipment_item_shipment_id', table: 'wb_shipment_item', columns: 'shipment_id' },
  { name: 'ix_wb_shipment_item_article_id', table: 'wb_shipment_item', columns: 'article_id' },
  { name: 'ix_article_wb_mapping_wb_sku', table: 'article_wb_mapping', columns: 'wb_sku' },
  { name: 'ix_article_wb_mapping_article_id_bundle_type_id', table: 'article_wb_mapping', columns: 'article_id, bundle_type_id' },
  { name: 'ix_wb_sales_daily_date', table: 'wb_sales_daily', columns: 'date' },
  // History is read newest first with id as the tie-breaker (03 §5.10).
  { name: 'ix_monitoring_snapshots_created_at_id', table: 'monitoring_snapshots', columns: 'created_at DESC, id DESC' },
];

/** Business rules the original enforced only in the API (01 W-7). */
const CHECKS: readonly CheckDefinition[] = [
  { name: 'ck_purchase_order_status', table: 'purchase_order', condition: `status IN ('draft', 'approved', 'cancelled')` },
  { name: 'ck_wb_shipment_status', table: 'wb_shipment', condition: `status IN ('draft', 'approved', 'shipped', 'cancelled')` },
  { name: 'ck_purchase_order_item_quantity_non_negative', table: 'purchase_order_item', condition: 'quantity >= 0' },
];

/**
 * Non-breaking hardening of the original's schema (01 §2.11, W-7, W-11, W-12, W-13): indexes, CHECK
 * constraints, a NULL-safe `wb_stock` key and the single global settings row. Names of original
 * objects are kept, so an adopted database stays readable by the original.
 */
export class SchemaHardening1700000000002 implements MigrationInterface {
  name = 'SchemaHardening1700000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const index of INDEXES) {
      await queryRunner.query(`CREATE INDEX ${index.name} ON ${index.table} (${index.columns})`);
    }
    for (const check of CHECKS) {
      await this.addCheckValidatedWhenDataAllows(queryRunner, check);
    }
    await this.makeWbStockKeyNullSafe(queryRunner);
    await this.enforceSingleGlobalSettingsRow(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX uq_global_planning_settings_singleton');
    await queryRunner.query(
      `ALTER TABLE wb_stock
         DROP CONSTRAINT uq_wb_stock_sku_warehouse,
         ADD CONSTRAINT uq_wb_stock_sku_warehouse UNIQUE (wb_sku, warehouse_id)`,
    );
    for (const check of [...CHECKS].reverse()) {
      await queryRunner.query(`ALTER TABLE ${check.table} DROP CONSTRAINT ${check.name}`);
    }
    for (const index of [...INDEXES].reverse()) {
      await queryRunner.query(`DROP INDEX ${index.name}`);
    }
  }

  /**
   * New and changed rows are checked at once (NOT VALID still applies to writes); existing rows are
   * only validated when they all pass, so an adopted database with odd legacy values still migrates.
   */
  private async addCheckValidatedWhenDataAllows(queryRunner: QueryRunner, check: CheckDefinition): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${check.table} ADD CONSTRAINT ${check.name} CHECK (${check.condition}) NOT VALID`);
    const rows: { violated: boolean }[] = await queryRunner.query(
      `SELECT EXISTS (SELECT 1 FROM ${check.table} WHERE NOT (${check.condition})) AS violated`,
    );
    if (rows[0].violated) {
      queryRunner.connection.logger.log('warn', `${check.name} left NOT VALID: existing ${check.table} rows violate it`, queryRunner);
      return;
    }
    await queryRunner.query(`ALTER TABLE ${check.table} VALIDATE CONSTRAINT ${check.name}`);
  }

  /**
   * Clean-up (01 W-12): rows with a NULL `warehouse_id` were never deduplicated and double-count
   * marketplace stock. Per `wb_sku`, the most recently updated one (highest `updated_at`, then `id`)
   * is kept and the others are deleted, then the same-named key treats NULLs as equal.
   */
  private async makeWbStockKeyNullSafe(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM wb_stock AS stale
        USING (
          SELECT id, row_number() OVER (PARTITION BY wb_sku ORDER BY updated_at DESC, id DESC) AS recency
            FROM wb_stock
           WHERE warehouse_id IS NULL
        ) AS ranked
        WHERE stale.id = ranked.id AND ranked.recency > 1`,
    );
    await queryRunner.query(
      `ALTER TABLE wb_stock
         DROP CONSTRAINT uq_wb_stock_sku_warehouse,
         ADD CONSTRAINT uq_wb_stock_sku_warehouse UNIQUE NULLS NOT DISTINCT (wb_sku, warehouse_id)`,
    );
  }

  /**
   * Clean-up (01 W-13): only the lowest-id row was ever read by the configuration snapshot, so the
   * others are deleted; a unique index on a constant then admits at most one row.
   */
  private async enforceSingleGlobalSettingsRow(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM global_planning_settings WHERE id > (SELECT min(id) FROM global_planning_settings)`,
    );
    await queryRunner.query('CREATE UNIQUE INDEX uq_global_planning_settings_singleton ON global_planning_settings ((true))');
  }
}
