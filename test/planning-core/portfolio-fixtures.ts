import { COMMON_OVERRIDES, PlanningCoreFixtures } from './planning-core-fixtures';

export const PORTFOLIO = '/api/v1/planning/core/production-order/portfolio';
export const FROM_WB = '/api/v1/planning/core/production-order/proposal/from-wb';

/** Example 15's request fields (05 §5): window 10 days, common overrides, fabric minimum 300. */
export const EXAMPLE_15_REQUEST = {
  as_of_date: '2026-03-02',
  planning_horizon_days: 30,
  observation_window_days: 10,
  overrides: { ...COMMON_OVERRIDES, fabric_min_batch_qty_default: 300 },
};

/** One article of a portfolio: one colour in size M, fixed type 1 of that colour, one WB listing. */
export interface PortfolioArticle {
  colorId: number;
  onHand: number;
  /** Bundles sold on the import watermark day (2026-03-01), the only sales of the window. */
  sold: number;
}

/**
 * Portfolio set-ups on top of the §5 common set-up: articles 1…N (`ART-<id>`), colours and their
 * Pantone codes as asked, one size-M SKU per article, WB sales on 2026-03-01 and no stock history
 * (so the from-WB demand is the plain window mean: `sold / observation_window_days`).
 */
export class PortfolioFixtures {
  constructor(private readonly base: PlanningCoreFixtures) {}

  /** Clears the stored runs too, so each test counts only its own rows. */
  async reset(): Promise<void> {
    await this.base.query('TRUNCATE production_order_proposal_line, production_order_proposal, production_order_portfolio_run RESTART IDENTITY CASCADE');
    await this.base.common();
  }

  /** Colours 1…`count` beyond the common three, with their Pantone codes (index = colour id − 1). */
  async colours(pantones: string[]): Promise<void> {
    await this.base.query(
      `INSERT INTO color (id, inner_code, pantone_code) OVERRIDING SYSTEM VALUE
       SELECT i, 'C' || i, p FROM unnest($1::text[]) WITH ORDINALITY AS t(p, i)
       ON CONFLICT (id) DO UPDATE SET pantone_code = EXCLUDED.pantone_code`,
      [pantones],
    );
    await this.base.query(`SELECT setval(pg_get_serial_sequence('color', 'id'), (SELECT max(id) FROM color))`);
  }

  /** Article `articleId` (created when it is not article 1) with its SKU, recipe, WB listing `WB-<id>` and sales. */
  async article(articleId: number, spec: PortfolioArticle): Promise<void> {
    if (articleId !== 1) await this.base.query(`INSERT INTO article (id, code) OVERRIDING SYSTEM VALUE VALUES ($1::int, 'ART-' || $1::text)`, [articleId]);
    await this.base.sku(spec.colorId, 2, spec.onHand, articleId);
    await this.base.bundleType(1, [spec.colorId], { articleId });
    await this.base.mapping(`WB-${articleId}`, 1, 2, articleId);
    await this.base.sales(`WB-${articleId}`, [['2026-03-01', spec.sold]]);
  }

  /** Example 15: articles 1 and 2 share Pantone PX (colours 1 and 2); 60 and 30 bundles sold in the window. */
  async example15(): Promise<void> {
    await this.reset();
    await this.colours(['PX', 'PX', 'P-3']);
    await this.article(1, { colorId: 1, onHand: 30, sold: 60 });
    await this.article(2, { colorId: 2, onHand: 0, sold: 30 });
  }

  /** `count` articles, colour k of article k cycling over `pantones` (shared groups), each selling 10–40 bundles. */
  async many(count: number, pantones: string[]): Promise<void> {
    await this.reset();
    await this.colours(Array.from({ length: count }, (_, k) => pantones[k % pantones.length]));
    for (let id = 1; id <= count; id++) await this.article(id, { colorId: id, onHand: (id * 7) % 50, sold: 10 + ((id * 13) % 31) });
  }

  async excludeFromPlanning(articleId: number): Promise<void> {
    await this.base.query('INSERT INTO article_planning_settings (article_id, include_in_planning) VALUES ($1, false)', [articleId]);
  }

  async runCounts(): Promise<{ runs: number; proposals: number; lines: number }> {
    const rows = (await this.base.query(
      `SELECT (SELECT count(*)::int FROM production_order_portfolio_run) AS runs,
              (SELECT count(*)::int FROM production_order_proposal) AS proposals,
              (SELECT count(*)::int FROM production_order_proposal_line) AS lines`,
    )) as Array<{ runs: number; proposals: number; lines: number }>;
    return rows[0];
  }
}
