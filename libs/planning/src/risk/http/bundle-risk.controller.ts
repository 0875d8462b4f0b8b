import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { BundleRiskService } from '../application/bundle-risk.service';
import { BundleRiskEntry } from '../domain/bundle-risk';
import { ArticleIdsQuery } from './dto/article-ids.query';
import { ArticleBundleRiskEntry, BundleRiskPortfolioResponse } from './dto/bundle-risk.dto';

export function toArticleBundleRiskEntry(entry: BundleRiskEntry): ArticleBundleRiskEntry {
  return {
    article_id: entry.articleId,
    article_code: entry.articleCode,
    bundle_type_id: entry.bundleTypeId,
    bundle_type_name: entry.bundleTypeName,
    avg_daily_sales: entry.avgDailySales,
    total_available_bundles: entry.totalAvailableBundles,
    days_of_cover: entry.daysOfCover,
    risk_level: entry.riskLevel,
    safety_stock_days: entry.safetyStockDays,
    alert_threshold_days: entry.alertThresholdDays,
    overstock_threshold_days: entry.overstockThresholdDays,
    explanation: entry.explanation ?? '',
  };
}

@ApiTags('planning')
@RequireRole(Role.Reader)
@Controller('planning')
export class BundleRiskController {
  constructor(private readonly risk: BundleRiskService) {}

  @Get('bundle-risk-portfolio')
  @ApiOperation({ operationId: 'getBundleRiskPortfolio', summary: 'Risk level of every bundle type of the selected articles' })
  @ApiOkResponse({ type: BundleRiskPortfolioResponse })
  @ApiErrorResponses(422)
  async getPortfolio(@Query() query: ArticleIdsQuery): Promise<BundleRiskPortfolioResponse> {
    const entries = await this.risk.portfolio(query.article_ids);
    return { items: entries.map(toArticleBundleRiskEntry) };
  }
}
