import { Injectable } from '@nestjs/common';
import { BusinessRuleError, NotFoundError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { BundleAvailability, bundleAvailability, BundleDeficit, bundleDeficit, RecipeSku } from '../domain/bundle-capacity';
import { BundleStockRepository } from '../persistence/bundle-stock.repository';

export interface BundleAt {
  articleId: number;
  bundleTypeId: number;
  warehouseId: number;
}

/** C3 and C4: bundles from the singles of one named warehouse (02 §4.3, §4.4). */
@Injectable()
export class BundleStockService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: BundleStockRepository,
  ) {}

  availability(at: BundleAt): Promise<BundleAvailability> {
    return this.tx.read(async () => {
      const { recipe, skus } = await this.loadRecipeStock(at);
      return bundleAvailability(recipe, skus);
    });
  }

  deficit(at: BundleAt, targetCount: number): Promise<BundleDeficit> {
    // Checked before any lookup, so it wins even for an unknown article (02 §3.4).
    if (targetCount <= 0) return Promise.reject(new BusinessRuleError('target_count must be positive'));
    return this.tx.read(async () => {
      const { recipe, skus } = await this.loadRecipeStock(at);
      return bundleDeficit(recipe, skus, targetCount);
    });
  }

  /** The checks of 02 §3.3 in their order, then the recipe and the stock of its colours. */
  private async loadRecipeStock(at: BundleAt): Promise<{ recipe: number[]; skus: RecipeSku[] }> {
    const found = await this.repository.lookups(at.articleId, at.bundleTypeId, at.warehouseId);
    if (!found.articleExists) throw new NotFoundError('Article not found');
    if (!found.bundleTypeExists) throw new NotFoundError('BundleType not found');
    if (!found.warehouseExists) throw new NotFoundError('Warehouse not found');
    const recipe = await this.repository.recipeColorIds(at.articleId, at.bundleTypeId);
    if (recipe.length === 0) throw new BusinessRuleError('No bundle recipe defined for this article and bundle type');
    return { recipe, skus: await this.repository.recipeSkusAt(at.articleId, at.bundleTypeId, at.warehouseId) };
  }
}
