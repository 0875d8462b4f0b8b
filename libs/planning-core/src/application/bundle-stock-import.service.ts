import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { chunksOf, collapseDuplicates } from '@supply-brain/wildberries/imports/domain/collapse-duplicates';
import { UPSERT_CHUNK_ROWS } from '@supply-brain/wildberries/imports/domain/import-limits';
import { PlanningCoreError } from '../domain';
import { BundleStockRepository, BundleStockRow, MissingReferences } from '../persistence/bundle-stock.repository';

const keyOf = (row: BundleStockRow) => `${row.articleId}:${row.bundleTypeId}:${row.sizeId}:${row.warehouseId}`;

const REFERENCES: ReadonlyArray<{ field: keyof BundleStockRow & string; wire: string; table: string; missing: keyof MissingReferences }> = [
  { field: 'articleId', wire: 'article_id', table: 'article', missing: 'articleIds' },
  { field: 'bundleTypeId', wire: 'bundle_type_id', table: 'bundle_type', missing: 'bundleTypeIds' },
  { field: 'sizeId', wire: 'size_id', table: 'size', missing: 'sizeIds' },
  { field: 'warehouseId', wire: 'warehouse_id', table: 'warehouse', missing: 'warehouseIds' },
];

/**
 * The NSC bundle-stock import (05 §2.6), with the contract of the WB imports: one transaction,
 * duplicate keys collapse to their last occurrence, `{inserted, updated}` counts, all or nothing.
 */
@Injectable()
export class BundleStockImportService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: BundleStockRepository,
  ) {}

  import(items: BundleStockRow[]): Promise<{ inserted: number; updated: number }> {
    if (items.length === 0) return Promise.resolve({ inserted: 0, updated: 0 });
    return this.tx.write(async () => {
      const missing = await this.repository.findMissingReferences(items);
      this.refuseUnknownReferences(items, missing);
      let inserted = 0;
      for (const chunk of chunksOf(collapseDuplicates(items, keyOf), UPSERT_CHUNK_ROWS)) inserted += await this.repository.upsert(chunk);
      return { inserted, updated: items.length - inserted };
    });
  }

  /** 400 naming the first item (payload order) that references a row that does not exist. */
  private refuseUnknownReferences(items: BundleStockRow[], missing: MissingReferences): void {
    const unknown = REFERENCES.map((reference) => ({ ...reference, ids: new Set(missing[reference.missing]) }));
    for (const [index, item] of items.entries()) {
      for (const reference of unknown) {
        const id = item[reference.field] as number;
        if (!reference.ids.has(id)) continue;
        throw new PlanningCoreError(400, {
          code: 'unknown_reference',
          message: `${reference.wire}=${id} of items[${index}] does not exist in ${reference.table} table`,
          field: `items.${reference.wire}`,
          item_index: index,
          [reference.wire]: id,
        });
      }
    }
  }
}
