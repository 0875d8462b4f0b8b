import { Injectable } from '@nestjs/common';
import { AppConfig, AppMetrics, BusinessRuleError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { chunksOf, collapseDuplicates } from '../domain/collapse-duplicates';
import { UPSERT_CHUNK_ROWS } from '../domain/import-limits';
import {
  AmbiguousWbSku,
  ImportCounts,
  MappingRow,
  mappingKey,
  SalesRow,
  salesKey,
  StockImportMode,
  StockRow,
  stockKey,
} from '../domain/import-rows';
import { WbImportsRepository } from '../persistence/wb-imports.repository';

export interface StockImportResult extends ImportCounts {
  /** Rows set to 0 by `replace` mode; undefined in `upsert` mode. */
  zeroed?: number;
}

export interface MappingImportResult extends ImportCounts {
  ambiguous: AmbiguousWbSku[];
}

/**
 * The three WB imports. Each request is one transaction: duplicate keys collapse to their last
 * occurrence, the distinct rows are upserted chunk by chunk, and a failure anywhere writes nothing.
 * A repeated key counts as an update of the row its first occurrence wrote (04 §4.2), so
 * `updated` is simply every item that did not insert a row.
 */
@Injectable()
export class WbImportsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: WbImportsRepository,
    private readonly metrics: AppMetrics,
    private readonly config: AppConfig,
  ) {}

  importSales(items: SalesRow[]): Promise<ImportCounts> {
    if (items.length === 0) return Promise.resolve({ inserted: 0, updated: 0 });
    return this.counted('sales', items.length, async () => {
      const inserted = await this.upsertInChunks(collapseDuplicates(items, salesKey), (chunk) => this.repository.upsertSales(chunk));
      return { inserted, updated: items.length - inserted };
    });
  }

  importStock(items: StockRow[], mode: StockImportMode): Promise<StockImportResult> {
    const replace = mode === 'replace';
    if (items.length === 0) return Promise.resolve(replace ? { inserted: 0, updated: 0, zeroed: 0 } : { inserted: 0, updated: 0 });
    return this.counted('stock', items.length, async () => {
      const rows = collapseDuplicates(items, stockKey);
      const inserted = await this.upsertInChunks(rows, (chunk) => this.repository.upsertStock(chunk));
      const counts = { inserted, updated: items.length - inserted };
      const result = replace ? { ...counts, zeroed: await this.repository.zeroStockNotListed(rows) } : counts;
      // The day's stock history of Planning Core (05 §2.7) follows every import, in its transaction.
      await this.repository.recordDailyStock([...new Set(rows.map((row) => row.wbSku))], this.config.get('PLANNING_TIME_ZONE'));
      return result;
    });
  }

  /**
   * Every article must exist first; the 400 names the first offending item in payload order and
   * nothing is written (04 §3.3).
   */
  importMappings(items: MappingRow[]): Promise<MappingImportResult> {
    if (items.length === 0) return Promise.resolve({ inserted: 0, updated: 0, ambiguous: [] });
    return this.counted('mapping', items.length, async () => {
      const existing = await this.repository.lockExistingArticles([...new Set(items.map((item) => item.articleId))]);
      const unknown = items.find((item) => !existing.has(item.articleId));
      if (unknown) {
        throw new BusinessRuleError(`article_id=${unknown.articleId} for wb_sku=${unknown.wbSku} does not exist in article table`);
      }
      const inserted = await this.upsertInChunks(collapseDuplicates(items, mappingKey), (chunk) => this.repository.upsertMappings(chunk));
      const ambiguous = await this.repository.findAmbiguousWbSkus([...new Set(items.map((item) => item.wbSku))]);
      return { inserted, updated: items.length - inserted, ambiguous };
    });
  }

  /** One import in its transaction, its rows counted in the metrics once it commits (or all as rejected). */
  private async counted<T extends ImportCounts>(kind: string, received: number, work: () => Promise<T>): Promise<T> {
    try {
      const counts = await this.tx.write(work);
      this.metrics.importRows(kind, 'inserted', counts.inserted);
      this.metrics.importRows(kind, 'updated', counts.updated);
      return counts;
    } catch (error) {
      this.metrics.importRows(kind, 'rejected', received);
      throw error;
    }
  }

  private async upsertInChunks<T>(rows: T[], upsert: (chunk: T[]) => Promise<number>): Promise<number> {
    let inserted = 0;
    for (const chunk of chunksOf(rows, UPSERT_CHUNK_ROWS)) inserted += await upsert(chunk);
    return inserted;
  }
}
