import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { ArticleSnapshotService } from '../application/article-snapshot.service';
import { ArticleBundleSnapshot, BundleStock } from '../domain/article-snapshot';
import { ArticleInventorySnapshot, ArticleSnapshotQuery, BundleStockItem } from './dto/article-snapshot.dto';

const bundleStock = (stock: BundleStock): BundleStockItem => ({
  bundle_type_id: stock.bundleTypeId,
  bundle_type_name: stock.bundleTypeName,
  size_id: stock.sizeId,
  quantity: stock.quantity,
});

export function toArticleInventorySnapshot(snapshot: ArticleBundleSnapshot): ArticleInventorySnapshot {
  return {
    article_id: snapshot.articleId,
    article_code: snapshot.articleCode,
    nsk_single_sku_stock: snapshot.nscSingleSkuStock.map((stock) => ({ color_id: stock.colorId, size_id: stock.sizeId, quantity: stock.quantity })),
    wb_bundle_stock: snapshot.wbBundleStock.map(bundleStock),
    nsk_bundle_stock: snapshot.nscBundleStock.map(bundleStock),
    bundle_coverage: snapshot.bundleCoverage.map((coverage) => ({
      bundle_type_id: coverage.bundleTypeId,
      bundle_type_name: coverage.bundleTypeName,
      avg_daily_sales: coverage.avgDailySales,
      wb_ready_bundles: coverage.wbReadyBundles,
      nsk_ready_bundles: coverage.nscReadyBundles,
      potential_bundles_from_singles: coverage.potentialBundlesFromSingles,
      total_available_bundles: coverage.totalAvailableBundles,
      days_of_cover: coverage.daysOfCover,
      observation_window_days: coverage.observationWindowDays,
    })),
  };
}

@ApiTags('planning')
@RequireRole(Role.Reader)
@Controller('planning')
export class ArticleSnapshotController {
  constructor(private readonly snapshots: ArticleSnapshotService) {}

  @Get('article-bundle-snapshot')
  @ApiOperation({ operationId: 'getArticleBundleSnapshot', summary: 'NSC singles, WB bundles and bundle coverage of one article' })
  @ApiOkResponse({ type: ArticleInventorySnapshot })
  @ApiErrorResponses(404, 422)
  async getSnapshot(@Query() query: ArticleSnapshotQuery): Promise<ArticleInventorySnapshot> {
    return toArticleInventorySnapshot(await this.snapshots.snapshotOf(query.article_id));
  }
}
