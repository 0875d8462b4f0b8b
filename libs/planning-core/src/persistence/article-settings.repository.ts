import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { Stage } from '../domain';

/** The stored per-article settings a GET/PUT of 05 §3.6 shows, in camelCase. */
export interface StoredArticleSettings {
  sizeWeights: { sizeId: number; weight: number }[];
  elasticBindings: { elasticTypeId: number; colorId: number | null; skuUnitId: number | null; isActive: boolean }[];
  inFlightDefaults: { colorId: number; sizeId: number; qty: number; etaDays: number; stage: Stage; isActive: boolean }[];
  fabricOverrides: { colorId: number; fabricMinBatchQty: number }[];
  elasticTypeSettings: { elasticTypeId: number; elasticMinBatchQty: number | null }[];
  /** The `article_planning_settings` row as stored, column name → value; null when the article has none. */
  row: Record<string, unknown> | null;
}

/** Ids a PUT names, checked against the catalog and the article's SKUs in one statement. */
export interface SettingsReferences {
  existingSizeIds: number[];
  existingElasticTypeIds: number[];
  existingBundleTypeIds: number[];
  articleSkus: { id: number; colorId: number; sizeId: number }[];
}

/** Writes of the replaced lists: rows in the order they are listed. */
export interface SettingsListWrites {
  sizeWeights?: { sizeId: number; weight: number }[];
  elasticBindings?: { elasticTypeId: number; colorId: number | null; skuUnitId: number | null; isActive: boolean }[];
  inFlightDefaults?: { colorId: number; sizeId: number; qty: number; etaDays: number; stage: Stage; isActive: boolean }[];
  fabricOverrides?: { colorId: number; fabricMinBatchQty: number }[];
  elasticTypeSettings?: { elasticTypeId: number; elasticMinBatchQty: number | null }[];
}

/** The article's planning-core settings rows (05 §2.2, §2.4, §2.5). */
@Injectable()
export class ArticleSettingsRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Whether the article exists; inside a write it also takes the article row's NO KEY UPDATE
   * lock, so concurrent PUTs of one article replace its rows one after the other.
   */
  async lockArticle(articleId: number): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query('SELECT id FROM article WHERE id = $1 FOR NO KEY UPDATE', [articleId]);
    return rows.length > 0;
  }

  async articleExists(articleId: number): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query('SELECT id FROM article WHERE id = $1', [articleId]);
    return rows.length > 0;
  }

  /** Every stored setting of the article, lists in the order of 05 §3.6, in one statement. */
  async load(articleId: number): Promise<StoredArticleSettings> {
    const [row]: Array<{ settings: StoredArticleSettings }> = await this.tx.manager.query(
      `SELECT json_build_object(
         'sizeWeights', COALESCE((SELECT json_agg(json_build_object('sizeId', size_id, 'weight', weight) ORDER BY size_id)
                                    FROM production_order_size_weight_settings WHERE article_id = $1), '[]'),
         'elasticBindings', COALESCE((SELECT json_agg(json_build_object('elasticTypeId', elastic_type_id, 'colorId', color_id, 'skuUnitId', sku_unit_id, 'isActive', is_active)
                                               ORDER BY elastic_type_id, color_id NULLS FIRST, sku_unit_id NULLS FIRST)
                                        FROM production_order_elastic_bindings WHERE article_id = $1), '[]'),
         'inFlightDefaults', COALESCE((SELECT json_agg(json_build_object('colorId', color_id, 'sizeId', size_id, 'qty', qty, 'etaDays', eta_days, 'stage', stage, 'isActive', is_active)
                                                ORDER BY color_id, size_id, stage, eta_days)
                                         FROM production_order_in_flight_defaults WHERE article_id = $1), '[]'),
         'fabricOverrides', COALESCE((SELECT json_agg(json_build_object('colorId', color_id, 'fabricMinBatchQty', fabric_min_batch_qty) ORDER BY color_id)
                                        FROM color_planning_settings WHERE article_id = $1 AND fabric_min_batch_qty >= 1), '[]'),
         'elasticTypeSettings', COALESCE((SELECT json_agg(json_build_object('elasticTypeId', elastic_type_id, 'elasticMinBatchQty', elastic_min_batch_qty) ORDER BY elastic_type_id)
                                            FROM elastic_planning_settings WHERE article_id = $1), '[]'),
         'row', (SELECT to_json(s) FROM article_planning_settings s WHERE s.article_id = $1)
       ) AS settings`,
      [articleId],
    );
    return row.settings;
  }

  async loadReferences(articleId: number, sizeIds: number[], elasticTypeIds: number[], bundleTypeIds: number[]): Promise<SettingsReferences> {
    const [row]: SettingsReferences[] = await this.tx.manager.query(
      `SELECT COALESCE((SELECT array_agg(id) FROM size WHERE id = ANY($2::int[])), '{}') AS "existingSizeIds",
              COALESCE((SELECT array_agg(id) FROM elastic_type WHERE id = ANY($3::int[])), '{}') AS "existingElasticTypeIds",
              COALESCE((SELECT array_agg(id) FROM bundle_type WHERE id = ANY($4::int[])), '{}') AS "existingBundleTypeIds",
              COALESCE((SELECT json_agg(json_build_object('id', id, 'colorId', color_id, 'sizeId', size_id)) FROM sku_unit WHERE article_id = $1), '[]') AS "articleSkus"`,
      [articleId, sizeIds, elasticTypeIds, bundleTypeIds],
    );
    return row;
  }

  /** Deletes and re-inserts each given list (absent lists are left alone). */
  async replaceLists(articleId: number, lists: SettingsListWrites): Promise<void> {
    const q = (sql: string, params: unknown[]) => this.tx.manager.query(sql, params);
    if (lists.sizeWeights) {
      const rows = lists.sizeWeights;
      await q('DELETE FROM production_order_size_weight_settings WHERE article_id = $1', [articleId]);
      if (rows.length) {
        await q(
          'INSERT INTO production_order_size_weight_settings (article_id, size_id, weight) SELECT $1, * FROM unnest($2::int[], $3::float8[])',
          [articleId, rows.map((r) => r.sizeId), rows.map((r) => r.weight)],
        );
      }
    }
    if (lists.elasticBindings) {
      const rows = lists.elasticBindings;
      await q('DELETE FROM production_order_elastic_bindings WHERE article_id = $1', [articleId]);
      if (rows.length) {
        await q(
          `INSERT INTO production_order_elastic_bindings (article_id, elastic_type_id, color_id, sku_unit_id, is_active)
           SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::bool[])`,
          [articleId, rows.map((r) => r.elasticTypeId), rows.map((r) => r.colorId), rows.map((r) => r.skuUnitId), rows.map((r) => r.isActive)],
        );
      }
    }
    if (lists.inFlightDefaults) {
      const rows = lists.inFlightDefaults;
      await q('DELETE FROM production_order_in_flight_defaults WHERE article_id = $1', [articleId]);
      if (rows.length) {
        await q(
          `INSERT INTO production_order_in_flight_defaults (article_id, color_id, size_id, qty, eta_days, stage, is_active)
           SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::text[], $7::bool[])`,
          [articleId, rows.map((r) => r.colorId), rows.map((r) => r.sizeId), rows.map((r) => r.qty), rows.map((r) => r.etaDays), rows.map((r) => r.stage), rows.map((r) => r.isActive)],
        );
      }
    }
    if (lists.fabricOverrides) {
      const rows = lists.fabricOverrides;
      await q('DELETE FROM color_planning_settings WHERE article_id = $1', [articleId]);
      if (rows.length) {
        await q('INSERT INTO color_planning_settings (article_id, color_id, fabric_min_batch_qty) SELECT $1, * FROM unnest($2::int[], $3::int[])', [
          articleId,
          rows.map((r) => r.colorId),
          rows.map((r) => r.fabricMinBatchQty),
        ]);
      }
    }
    if (lists.elasticTypeSettings) {
      const rows = lists.elasticTypeSettings;
      await q('DELETE FROM elastic_planning_settings WHERE article_id = $1', [articleId]);
      if (rows.length) {
        await q('INSERT INTO elastic_planning_settings (article_id, elastic_type_id, elastic_min_batch_qty) SELECT $1, * FROM unnest($2::int[], $3::int[])', [
          articleId,
          rows.map((r) => r.elasticTypeId),
          rows.map((r) => r.elasticMinBatchQty),
        ]);
      }
    }
  }

  /**
   * Creates the article's settings row when missing (`include_in_planning = true`, `priority = 0`)
   * and writes the given columns. Column names come from the service's fixed list, never from input.
   */
  async writeColumns(articleId: number, columns: Record<string, unknown>): Promise<void> {
    const names = Object.keys(columns);
    const values = names.map((name) => columns[name]);
    await this.tx.manager.query(
      `INSERT INTO article_planning_settings (article_id, include_in_planning, priority) VALUES ($1, true, 0) ON CONFLICT (article_id) DO NOTHING`,
      [articleId],
    );
    if (names.length === 0) return;
    await this.tx.manager.query(
      `UPDATE article_planning_settings SET ${names.map((name, k) => `${name} = $${k + 2}`).join(', ')} WHERE article_id = $1`,
      [articleId, ...values],
    );
  }
}
