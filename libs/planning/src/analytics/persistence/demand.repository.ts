import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { DemandInputs } from '../domain/demand';

interface ArticleCoverageRow {
  articleId: number;
  targetCoverageDays: number | null;
}

interface WbFiguresRow {
  articleId: number;
  listingCount: number;
  totalSales: number;
  daysWithSales: number;
  wbStock: number;
}

/** Loads the demand inputs of any number of articles in three statements. */
@Injectable()
export class DemandRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Ids of the given articles that exist. */
  async existingArticleIds(articleIds: number[]): Promise<Set<number>> {
    const rows: { id: number }[] = await this.tx.manager.query(`SELECT id FROM article WHERE id = ANY($1::int[])`, [articleIds]);
    return new Set(rows.map((row) => row.id));
  }

  /** Demand inputs per article id, in the order given; articles without WB data get zeros. */
  async loadDemandInputs(articleIds: number[], targetDate: string): Promise<DemandInputs[]> {
    if (articleIds.length === 0) return [];
    const globalTargetCoverageDays = await this.findGlobalTargetCoverageDays();
    const coverages: ArticleCoverageRow[] = await this.tx.manager.query(
      `SELECT article_id AS "articleId", target_coverage_days AS "targetCoverageDays"
         FROM article_planning_settings
        WHERE article_id = ANY($1::int[])`,
      [articleIds],
    );
    const figures = await this.loadWbFigures(articleIds, targetDate);
    const coverageOf = new Map(coverages.map((row) => [row.articleId, row.targetCoverageDays]));
    const figuresOf = new Map(figures.map((row) => [row.articleId, row]));
    return articleIds.map((articleId) => {
      const wb = figuresOf.get(articleId);
      return {
        articleId,
        listingCount: wb?.listingCount ?? 0,
        totalSales: wb?.totalSales ?? 0,
        daysWithSales: wb?.daysWithSales ?? 0,
        wbStock: wb?.wbStock ?? 0,
        articleTargetCoverageDays: coverageOf.get(articleId) ?? null,
        globalTargetCoverageDays,
      };
    });
  }

  /** The single global row; should several exist (an adopted database), the lowest id wins. */
  private async findGlobalTargetCoverageDays(): Promise<number | null> {
    const rows: { days: number }[] = await this.tx.manager.query(
      `SELECT default_target_coverage_days AS days FROM global_planning_settings ORDER BY id LIMIT 1`,
    );
    return rows[0]?.days ?? null;
  }

  /**
   * Per article: its distinct WB SKUs, their sales in the 30 days ending on the target date and their
   * WB stock over every WB warehouse. A SKU mapped to several articles counts fully for each.
   */
  private loadWbFigures(articleIds: number[], targetDate: string): Promise<WbFiguresRow[]> {
    return this.tx.manager.query(
      `WITH listing AS (
         SELECT DISTINCT article_id, wb_sku FROM article_wb_mapping WHERE article_id = ANY($1::int[])
       ), sales AS (
         SELECT l.article_id, SUM(s.sales_qty) AS total, COUNT(DISTINCT s.date) AS days
           FROM listing l
           JOIN wb_sales_daily s ON s.wb_sku = l.wb_sku AND s.date BETWEEN $2::date - 29 AND $2::date
          GROUP BY l.article_id
       ), stock AS (
         SELECT l.article_id, SUM(w.stock_qty) AS quantity
           FROM listing l
           JOIN wb_stock w ON w.wb_sku = l.wb_sku
          GROUP BY l.article_id
       )
       SELECT l.article_id AS "articleId", COUNT(*)::int AS "listingCount",
              COALESCE(MAX(sales.total), 0)::bigint AS "totalSales", COALESCE(MAX(sales.days), 0)::int AS "daysWithSales",
              COALESCE(MAX(stock.quantity), 0)::bigint AS "wbStock"
         FROM listing l
         LEFT JOIN sales ON sales.article_id = l.article_id
         LEFT JOIN stock ON stock.article_id = l.article_id
        GROUP BY l.article_id`,
      [articleIds, targetDate],
    );
  }
}
