import { Injectable } from '@nestjs/common';
import { buildDashboardRows, DashboardRow, SkuUnitRef } from '../domain/online-dashboard';
import { ReplenishmentInput } from '../domain/replenishment';
import { WbManagerFiguresRepository } from '../persistence/wb-manager-figures.repository';

/**
 * Loads the dashboard rows (§5.1) inside the caller's transaction: one statement for the SKU
 * units and three for their articles' mappings, sales and stock, whatever the number of articles.
 */
@Injectable()
export class DashboardRowsReader {
  constructor(private readonly figures: WbManagerFiguresRepository) {}

  async dashboardRows(targetDate: string, articleIds: number[] | null): Promise<DashboardRow[]> {
    const filter = emptyMeansAll(articleIds);
    return this.withWbFigures(await this.figures.loadSkuUnits(filter), filter, targetDate);
  }

  /** The dashboard rows with each SKU unit's NSC stock, for the proposal. */
  async replenishmentInputs(targetDate: string, articleIds: number[] | null): Promise<ReplenishmentInput[]> {
    const filter = emptyMeansAll(articleIds);
    const units = await this.figures.loadSkuUnitsWithNscStock(filter);
    const rows = await this.withWbFigures(units, filter, targetDate);
    return rows.map((row, index) => ({ ...row, nscStock: units[index].nscStock }));
  }

  /** The article filter, not the list of involved ids, goes to SQL: the portfolio case then has no id list at all. */
  private async withWbFigures(units: SkuUnitRef[], articleFilter: number[] | null, targetDate: string): Promise<DashboardRow[]> {
    if (units.length === 0) return [];
    // One connection runs a transaction's statements one at a time, so they are awaited in turn.
    const mappings = await this.figures.loadMappings(articleFilter);
    const sales = await this.figures.loadArticleSales(articleFilter, targetDate);
    const stock = await this.figures.loadArticleStock(articleFilter);
    return buildDashboardRows({ units, mappings, sales, stock });
  }
}

/** `null` and `[]` both mean every article (§3.4, §3.5). */
function emptyMeansAll(articleIds: number[] | null): number[] | null {
  return articleIds && articleIds.length > 0 ? articleIds : null;
}
