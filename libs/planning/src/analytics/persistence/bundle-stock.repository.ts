import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { RecipeSku } from '../domain/bundle-capacity';

export interface BundleLookups {
  articleExists: boolean;
  bundleTypeExists: boolean;
  warehouseExists: boolean;
}

/** Reads for bundle availability and deficit at one named warehouse, whatever its type. */
@Injectable()
export class BundleStockRepository {
  constructor(private readonly tx: TransactionHost) {}

  async lookups(articleId: number, bundleTypeId: number, warehouseId: number): Promise<BundleLookups> {
    const [row]: BundleLookups[] = await this.tx.manager.query(
      `SELECT EXISTS (SELECT 1 FROM article WHERE id = $1) AS "articleExists",
              EXISTS (SELECT 1 FROM bundle_type WHERE id = $2) AS "bundleTypeExists",
              EXISTS (SELECT 1 FROM warehouse WHERE id = $3) AS "warehouseExists"`,
      [articleId, bundleTypeId, warehouseId],
    );
    return row;
  }

  async recipeColorIds(articleId: number, bundleTypeId: number): Promise<number[]> {
    const rows: { colorId: number }[] = await this.tx.manager.query(
      `SELECT color_id AS "colorId" FROM bundle_recipe WHERE article_id = $1 AND bundle_type_id = $2 ORDER BY color_id`,
      [articleId, bundleTypeId],
    );
    return rows.map((row) => row.colorId);
  }

  /** The article's SKUs of the recipe colours with their balance at the warehouse (0 without a row). */
  recipeSkusAt(articleId: number, bundleTypeId: number, warehouseId: number): Promise<RecipeSku[]> {
    return this.tx.manager.query(
      `SELECT su.color_id AS "colorId", su.size_id AS "sizeId", sz.label AS "sizeLabel", COALESCE(sb.quantity, 0) AS quantity
         FROM sku_unit su
         LEFT JOIN size sz ON sz.id = su.size_id
         LEFT JOIN stock_balance sb ON sb.sku_unit_id = su.id AND sb.warehouse_id = $3
        WHERE su.article_id = $1
          AND su.color_id IN (SELECT color_id FROM bundle_recipe WHERE article_id = $1 AND bundle_type_id = $2)
        ORDER BY su.size_id, su.color_id`,
      [articleId, bundleTypeId, warehouseId],
    );
  }
}
