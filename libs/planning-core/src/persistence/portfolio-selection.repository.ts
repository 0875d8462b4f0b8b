import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';

/** The default article selection of a portfolio run (05 §3.9). */
@Injectable()
export class PortfolioSelectionRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** `{id, code}` of every article with at least one `article_wb_mapping` row that has a bundle type; one statement. */
  async defaultSelection(): Promise<Map<number, { id: number; code: string }>> {
    const rows: { id: number; code: string }[] = await this.tx.manager.query(
      `SELECT a.id, a.code FROM article a
        WHERE EXISTS (SELECT 1 FROM article_wb_mapping m WHERE m.article_id = a.id AND m.bundle_type_id IS NOT NULL)
        ORDER BY a.id`,
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}
