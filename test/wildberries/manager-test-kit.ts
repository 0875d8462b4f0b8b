import type { TestDatabase } from '../support/test-database';

/** `T` of spec 04 §6. */
export const T = '2025-01-31';

const TABLES =
  'wb_shipment_item, wb_shipment, wb_sales_daily, wb_stock, article_wb_mapping, stock_balance, sku_unit, warehouse, size, color, article';

export interface SeededSku {
  id: number;
  colorId: number;
  sizeId: number;
}

export interface SeededArticle {
  id: number;
  code: string;
  skus: SeededSku[];
}

/** Each scenario starts from empty catalogue and WB tables. */
export async function emptyWbData(db: TestDatabase): Promise<void> {
  await db.query(`TRUNCATE ${TABLES} CASCADE`);
}

/**
 * Seeds the catalogue and WB tables with SQL (the import endpoints are another area's), one
 * statement per call, with unique codes per test file.
 */
export class WbSeeder {
  private sequence = 0;
  private internalWarehouseId: number | undefined;

  constructor(private readonly db: TestDatabase) {}

  /** An article with `colors × sizes` SKU units, SKU units in colour-major order. */
  async article(code: string, shape: { colors?: number; sizes?: number } = {}): Promise<SeededArticle> {
    const [article] = await this.db.query<{ id: number }>('INSERT INTO article (code) VALUES ($1) RETURNING id', [code]);
    const skus: SeededSku[] = [];
    for (let c = 0; c < (shape.colors ?? 1); c++) {
      const [color] = await this.db.query<{ id: number }>('INSERT INTO color (inner_code) VALUES ($1) RETURNING id', [`${code}-C${c}-${this.next()}`]);
      for (let s = 0; s < (shape.sizes ?? 1); s++) {
        const sizeId = await this.size(`${code}-S${s}-${this.next()}`);
        const [sku] = await this.db.query<{ id: number }>(
          'INSERT INTO sku_unit (article_id, color_id, size_id) VALUES ($1, $2, $3) RETURNING id',
          [article.id, color.id, sizeId],
        );
        skus.push({ id: sku.id, colorId: color.id, sizeId });
      }
    }
    return { id: article.id, code, skus };
  }

  /** "Single-SKU article X" of §6: one SKU unit mapped to WB SKU `WB-X`. */
  async mappedArticle(code: string): Promise<SeededArticle> {
    const article = await this.article(code);
    await this.mapping(article.id, `WB-${code}`);
    return article;
  }

  async mapping(articleId: number, wbSku: string): Promise<void> {
    await this.db.query('INSERT INTO article_wb_mapping (article_id, wb_sku) VALUES ($1, $2)', [articleId, wbSku]);
  }

  async sales(wbSku: string, date: string, qty: number): Promise<void> {
    await this.db.query('INSERT INTO wb_sales_daily (wb_sku, date, sales_qty) VALUES ($1, $2, $3)', [wbSku, date, qty]);
  }

  /** `qty` on each of the `days` days ending on `T`. */
  async dailySales(wbSku: string, qty: number, days = 3, lastDay = T): Promise<void> {
    await this.db.query(
      `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
       SELECT $1, $2::date - d, $3 FROM generate_series(0, $4 - 1) AS d`,
      [wbSku, lastDay, qty, days],
    );
  }

  async wbStock(wbSku: string, warehouseId: number | null, warehouseName: string | null, qty: number): Promise<void> {
    await this.db.query(
      'INSERT INTO wb_stock (wb_sku, warehouse_id, warehouse_name, stock_qty, updated_at) VALUES ($1, $2, $3, $4, now())',
      [wbSku, warehouseId, warehouseName, qty],
    );
  }

  /** "NSC stock q": one balance of `qty` in an internal warehouse. */
  async nscStock(skuUnitId: number, qty: number): Promise<void> {
    this.internalWarehouseId ??= await this.warehouse('internal');
    await this.balance(skuUnitId, this.internalWarehouseId, qty);
  }

  async warehouse(type: string): Promise<number> {
    const code = `WH-${type}-${this.next()}`;
    const [row] = await this.db.query<{ id: number }>('INSERT INTO warehouse (code, name, type) VALUES ($1, $1, $2) RETURNING id', [code, type]);
    return row.id;
  }

  async balance(skuUnitId: number, warehouseId: number, qty: number): Promise<void> {
    await this.db.query('INSERT INTO stock_balance (sku_unit_id, warehouse_id, quantity, updated_at) VALUES ($1, $2, $3, now())', [
      skuUnitId,
      warehouseId,
      qty,
    ]);
  }

  /** Forgets the cached warehouse after the tables were emptied. */
  reset(): void {
    this.internalWarehouseId = undefined;
  }

  private async size(label: string): Promise<number> {
    const [row] = await this.db.query<{ id: number }>('INSERT INTO size (label) VALUES ($1) RETURNING id', [label]);
    return row.id;
  }

  private next(): number {
    return ++this.sequence;
  }
}
