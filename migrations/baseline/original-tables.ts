/*
 * The original's schema at Alembic revision 0008, table by table, as its migrations create it on
 * PostgreSQL: SERIAL ids, PostgreSQL's default names for primary keys, inline uniques and foreign
 * keys (no ON DELETE), explicit names for multi-column uniques. Every statement is idempotent so a
 * database the original already manages is adopted without touching its tables or rows.
 */

export interface OriginalTable {
  name: string;
  createSql: string;
}

/** In dependency order: a table only references tables listed before it. */
export const ORIGINAL_TABLES: readonly OriginalTable[] = [
  // 0001 — core catalog
  {
    name: 'article',
    createSql: `CREATE TABLE IF NOT EXISTS article (
      id SERIAL NOT NULL,
      code VARCHAR(50) NOT NULL,
      name VARCHAR(255),
      PRIMARY KEY (id),
      UNIQUE (code)
    )`,
  },
  {
    name: 'color',
    createSql: `CREATE TABLE IF NOT EXISTS color (
      id SERIAL NOT NULL,
      pantone_code VARCHAR(50),
      inner_code VARCHAR(50) NOT NULL,
      description VARCHAR(255),
      PRIMARY KEY (id),
      UNIQUE (inner_code)
    )`,
  },
  {
    name: 'size',
    createSql: `CREATE TABLE IF NOT EXISTS size (
      id SERIAL NOT NULL,
      label VARCHAR(50) NOT NULL,
      sort_order INTEGER DEFAULT '0' NOT NULL,
      PRIMARY KEY (id),
      UNIQUE (label)
    )`,
  },
  {
    name: 'bundle_type',
    createSql: `CREATE TABLE IF NOT EXISTS bundle_type (
      id SERIAL NOT NULL,
      code VARCHAR(50) NOT NULL,
      name VARCHAR(100) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE (code)
    )`,
  },
  {
    name: 'warehouse',
    createSql: `CREATE TABLE IF NOT EXISTS warehouse (
      id SERIAL NOT NULL,
      code VARCHAR(50) NOT NULL,
      name VARCHAR(255) NOT NULL,
      type VARCHAR(50) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE (code)
    )`,
  },
  {
    name: 'sku_unit',
    createSql: `CREATE TABLE IF NOT EXISTS sku_unit (
      id SERIAL NOT NULL,
      article_id INTEGER NOT NULL,
      color_id INTEGER NOT NULL,
      size_id INTEGER NOT NULL,
      PRIMARY KEY (id),
      FOREIGN KEY(article_id) REFERENCES article (id),
      FOREIGN KEY(color_id) REFERENCES color (id),
      FOREIGN KEY(size_id) REFERENCES size (id),
      CONSTRAINT uq_sku_unit_article_color_size UNIQUE (article_id, color_id, size_id)
    )`,
  },
  {
    name: 'bundle_recipe',
    createSql: `CREATE TABLE IF NOT EXISTS bundle_recipe (
      id SERIAL NOT NULL,
      article_id INTEGER NOT NULL,
      bundle_type_id INTEGER NOT NULL,
      color_id INTEGER NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (id),
      FOREIGN KEY(article_id) REFERENCES article (id),
      FOREIGN KEY(bundle_type_id) REFERENCES bundle_type (id),
      FOREIGN KEY(color_id) REFERENCES color (id),
      CONSTRAINT uq_bundle_recipe_article_bundle_color UNIQUE (article_id, bundle_type_id, color_id),
      CONSTRAINT uq_bundle_recipe_article_bundle_position UNIQUE (article_id, bundle_type_id, position)
    )`,
  },
  {
    name: 'stock_balance',
    createSql: `CREATE TABLE IF NOT EXISTS stock_balance (
      id SERIAL NOT NULL,
      sku_unit_id INTEGER NOT NULL,
      warehouse_id INTEGER NOT NULL,
      quantity INTEGER DEFAULT '0' NOT NULL,
      updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
      PRIMARY KEY (id),
      FOREIGN KEY(sku_unit_id) REFERENCES sku_unit (id),
      FOREIGN KEY(warehouse_id) REFERENCES warehouse (id),
      CONSTRAINT uq_stock_balance_sku_warehouse UNIQUE (sku_unit_id, warehouse_id)
    )`,
  },
  // 0002 — planning configuration
  {
    name: 'article_planning_settings',
    createSql: `CREATE TABLE IF NOT EXISTS article_planning_settings (
      id SERIAL NOT NULL,
      article_id INTEGER NOT NULL,
      include_in_planning BOOLEAN DEFAULT true NOT NULL,
      priority INTEGER DEFAULT '0' NOT NULL,
      target_coverage_days INTEGER,
      lead_time_days INTEGER,
      service_level_percent INTEGER,
      PRIMARY KEY (id),
      FOREIGN KEY(article_id) REFERENCES article (id),
      UNIQUE (article_id)
    )`,
  },
  {
    name: 'color_planning_settings',
    createSql: `CREATE TABLE IF NOT EXISTS color_planning_settings (
      id SERIAL NOT NULL,
      article_id INTEGER NOT NULL,
      color_id INTEGER NOT NULL,
      fabric_min_batch_qty INTEGER,
      PRIMARY KEY (id),
      FOREIGN KEY(article_id) REFERENCES article (id),
      FOREIGN KEY(color_id) REFERENCES color (id),
      CONSTRAINT uq_color_planning_article_color UNIQUE (article_id, color_id)
    )`,
  },
  {
    name: 'elastic_type',
    createSql: `CREATE TABLE IF NOT EXISTS elastic_type (
      id SERIAL NOT NULL,
      code VARCHAR(50) NOT NULL,
      name VARCHAR(255) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE (code)
    )`,
  },
  {
    name: 'elastic_planning_settings',
    createSql: `CREATE TABLE IF NOT EXISTS elastic_planning_settings (
      id SERIAL NOT NULL,
      article_id INTEGER NOT NULL,
      elastic_type_id INTEGER NOT NULL,
      elastic_min_batch_qty INTEGER,
      PRIMARY KEY (id),
      FOREIGN KEY(article_id) REFERENCES article (id),
      FOREIGN KEY(elastic_type_id) REFERENCES elastic_type (id),
      CONSTRAINT uq_elastic_planning_article_type UNIQUE (article_id, elastic_type_id)
    )`,
  },
  {
    name: 'global_planning_settings',
    createSql: `CREATE TABLE IF NOT EXISTS global_planning_settings (
      id SERIAL NOT NULL,
      default_target_coverage_days INTEGER DEFAULT '60' NOT NULL,
      default_lead_time_days INTEGER DEFAULT '70' NOT NULL,
      default_service_level_percent INTEGER DEFAULT '90' NOT NULL,
      default_fabric_min_batch_qty INTEGER DEFAULT '7000' NOT NULL,
      default_elastic_min_batch_qty INTEGER DEFAULT '3000' NOT NULL,
      PRIMARY KEY (id)
    )`,
  },
  {
    name: 'planning_settings',
    createSql: `CREATE TABLE IF NOT EXISTS planning_settings (
      id SERIAL NOT NULL,
      article_id INTEGER NOT NULL,
      is_active BOOLEAN DEFAULT true NOT NULL,
      min_fabric_batch INTEGER NOT NULL,
      min_elastic_batch INTEGER NOT NULL,
      alert_threshold_days INTEGER NOT NULL,
      safety_stock_days INTEGER NOT NULL,
      strictness FLOAT NOT NULL,
      notes VARCHAR(500),
      PRIMARY KEY (id),
      FOREIGN KEY(article_id) REFERENCES article (id),
      CONSTRAINT uq_planning_settings_article UNIQUE (article_id)
    )`,
  },
  // 0003 — marketplace data
  {
    name: 'wb_sales_daily',
    createSql: `CREATE TABLE IF NOT EXISTS wb_sales_daily (
      id SERIAL NOT NULL,
      wb_sku TEXT NOT NULL,
      date DATE NOT NULL,
      sales_qty INTEGER DEFAULT '0' NOT NULL,
      revenue NUMERIC(12, 2),
      created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      PRIMARY KEY (id),
      CONSTRAINT uq_wb_sales_daily_sku_date UNIQUE (wb_sku, date)
    )`,
  },
  {
    name: 'wb_stock',
    createSql: `CREATE TABLE IF NOT EXISTS wb_stock (
      id SERIAL NOT NULL,
      wb_sku TEXT NOT NULL,
      warehouse_id INTEGER,
      warehouse_name TEXT,
      stock_qty INTEGER DEFAULT '0' NOT NULL,
      updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
      PRIMARY KEY (id),
      CONSTRAINT uq_wb_stock_sku_warehouse UNIQUE (wb_sku, warehouse_id)
    )`,
  },
  {
    name: 'article_wb_mapping',
    createSql: `CREATE TABLE IF NOT EXISTS article_wb_mapping (
      id SERIAL NOT NULL,
      article_id INTEGER NOT NULL,
      wb_sku TEXT NOT NULL,
      bundle_type_id INTEGER,
      color_id INTEGER,
      size_id INTEGER,
      PRIMARY KEY (id),
      FOREIGN KEY(article_id) REFERENCES article (id),
      CONSTRAINT uq_article_wb_mapping_article_sku UNIQUE (article_id, wb_sku)
    )`,
  },
  // 0004 — purchase orders
  {
    name: 'purchase_order',
    createSql: `CREATE TABLE IF NOT EXISTS purchase_order (
      id SERIAL NOT NULL,
      created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      status VARCHAR(50) NOT NULL,
      target_date DATE NOT NULL,
      comment VARCHAR(1000),
      external_ref VARCHAR(255),
      PRIMARY KEY (id)
    )`,
  },
  {
    name: 'purchase_order_item',
    createSql: `CREATE TABLE IF NOT EXISTS purchase_order_item (
      id SERIAL NOT NULL,
      purchase_order_id INTEGER NOT NULL,
      article_id INTEGER NOT NULL,
      color_id INTEGER NOT NULL,
      size_id INTEGER NOT NULL,
      quantity INTEGER NOT NULL,
      source VARCHAR(50) DEFAULT 'auto' NOT NULL,
      notes VARCHAR(1000),
      PRIMARY KEY (id),
      FOREIGN KEY(purchase_order_id) REFERENCES purchase_order (id),
      FOREIGN KEY(article_id) REFERENCES article (id),
      FOREIGN KEY(color_id) REFERENCES color (id),
      FOREIGN KEY(size_id) REFERENCES size (id),
      CONSTRAINT uq_po_item_po_article_color_size UNIQUE (purchase_order_id, article_id, color_id, size_id)
    )`,
  },
  // 0005 — WB shipments
  {
    name: 'wb_shipment',
    createSql: `CREATE TABLE IF NOT EXISTS wb_shipment (
      id SERIAL NOT NULL,
      status VARCHAR(50) NOT NULL,
      target_date DATE NOT NULL,
      wb_arrival_date DATE NOT NULL,
      comment VARCHAR(1000),
      created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      strategy VARCHAR(50) NOT NULL,
      zero_sales_policy VARCHAR(50) NOT NULL,
      target_coverage_days INTEGER NOT NULL,
      min_coverage_days INTEGER NOT NULL,
      max_coverage_days_after INTEGER NOT NULL,
      max_replenishment_per_article INTEGER,
      PRIMARY KEY (id)
    )`,
  },
  {
    name: 'wb_shipment_item',
    createSql: `CREATE TABLE IF NOT EXISTS wb_shipment_item (
      id SERIAL NOT NULL,
      shipment_id INTEGER NOT NULL,
      article_id INTEGER NOT NULL,
      color_id INTEGER NOT NULL,
      size_id INTEGER NOT NULL,
      wb_sku TEXT,
      recommended_qty INTEGER NOT NULL,
      final_qty INTEGER NOT NULL,
      nsk_stock_available INTEGER NOT NULL,
      oos_risk_before VARCHAR(50) NOT NULL,
      oos_risk_after VARCHAR(50) NOT NULL,
      limited_by_nsk_stock BOOLEAN NOT NULL,
      limited_by_max_coverage BOOLEAN NOT NULL,
      ignored_due_to_zero_sales BOOLEAN NOT NULL,
      below_min_coverage_threshold BOOLEAN NOT NULL,
      article_total_deficit INTEGER NOT NULL,
      article_total_recommended INTEGER NOT NULL,
      explanation TEXT,
      PRIMARY KEY (id),
      FOREIGN KEY(shipment_id) REFERENCES wb_shipment (id),
      FOREIGN KEY(article_id) REFERENCES article (id),
      FOREIGN KEY(color_id) REFERENCES color (id),
      FOREIGN KEY(size_id) REFERENCES size (id)
    )`,
  },
  // 0006 — monitoring snapshots
  {
    name: 'monitoring_snapshots',
    createSql: `CREATE TABLE IF NOT EXISTS monitoring_snapshots (
      id SERIAL NOT NULL,
      created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      wb_accounts_total INTEGER DEFAULT '0' NOT NULL,
      wb_accounts_active INTEGER DEFAULT '0' NOT NULL,
      ms_accounts_total INTEGER DEFAULT '0' NOT NULL,
      ms_accounts_active INTEGER DEFAULT '0' NOT NULL,
      risk_critical INTEGER DEFAULT '0' NOT NULL,
      risk_warning INTEGER DEFAULT '0' NOT NULL,
      risk_ok INTEGER DEFAULT '0' NOT NULL,
      risk_overstock INTEGER DEFAULT '0' NOT NULL,
      risk_no_data INTEGER DEFAULT '0' NOT NULL,
      articles_with_orders INTEGER DEFAULT '0' NOT NULL,
      total_final_order_qty INTEGER DEFAULT '0' NOT NULL,
      PRIMARY KEY (id)
    )`,
  },
  // 0007 — integration accounts
  {
    name: 'wb_integration_accounts',
    createSql: `CREATE TABLE IF NOT EXISTS wb_integration_accounts (
      id SERIAL NOT NULL,
      name VARCHAR NOT NULL,
      supplier_id VARCHAR,
      api_token VARCHAR NOT NULL,
      is_active BOOLEAN DEFAULT true NOT NULL,
      created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      PRIMARY KEY (id)
    )`,
  },
  {
    name: 'moysklad_integration_accounts',
    createSql: `CREATE TABLE IF NOT EXISTS moysklad_integration_accounts (
      id SERIAL NOT NULL,
      name VARCHAR NOT NULL,
      account_id VARCHAR,
      api_token VARCHAR NOT NULL,
      is_active BOOLEAN DEFAULT true NOT NULL,
      created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      PRIMARY KEY (id)
    )`,
  },
  // 0008 — monitoring alert rules
  {
    name: 'monitoring_alert_rules',
    createSql: `CREATE TABLE IF NOT EXISTS monitoring_alert_rules (
      id SERIAL NOT NULL,
      name VARCHAR NOT NULL,
      metric VARCHAR NOT NULL,
      threshold_type VARCHAR NOT NULL,
      threshold_value INTEGER NOT NULL,
      severity VARCHAR NOT NULL,
      is_active BOOLEAN DEFAULT true NOT NULL,
      created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      updated_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL,
      PRIMARY KEY (id)
    )`,
  },
];

export const ORIGINAL_TABLE_NAMES: readonly string[] = ORIGINAL_TABLES.map((table) => table.name);
