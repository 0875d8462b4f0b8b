import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { ArticleOrderExplanation } from '../../explanation';
import { toArticleBundleRiskEntry } from '../../risk/http/bundle-risk.controller';
import { ArticleDashboardView, PlanningHealthService } from '../application/planning-health.service';
import { ArticleHealth } from '../domain/planning-health';
import { PositiveArticleIdPipe } from './article-id.param.pipe';
import { ArticleDashboardQuery, HealthPortfolioQuery } from './dto/planning-health.query';
import { ArticleDashboardResponse, ArticleHealthSummary, PlanningHealthPortfolioResponse } from './dto/planning-health.response';

function toArticleHealthSummary(health: ArticleHealth): ArticleHealthSummary {
  return {
    article_id: health.articleId,
    article_code: health.articleCode,
    worst_risk_level: health.worstRiskLevel,
    worst_risk_bundle_type_id: health.worstRiskBundleTypeId,
    worst_risk_bundle_type_name: health.worstRiskBundleTypeName,
    days_of_cover: health.daysOfCover,
    avg_daily_sales: health.avgDailySales,
    total_available_bundles: health.totalAvailableBundles,
    total_final_order_qty: health.totalFinalOrderQty,
    dominant_limiting_constraint: health.dominantLimitingConstraint,
    has_critical: health.hasCritical,
    has_warning: health.hasWarning,
  };
}

/** The explanation entry already has the wire shape; copied so no internal object leaks out. */
const toOrderBlock = (order: ArticleOrderExplanation) => ({
  article_id: order.article_id,
  article_code: order.article_code,
  reasons: order.reasons.map((reason) => ({ ...reason })),
});

function toArticleDashboardResponse(dashboard: ArticleDashboardView): ArticleDashboardResponse {
  return {
    article_id: dashboard.articleId,
    article_code: dashboard.articleCode,
    bundle_type_id: dashboard.bundleTypeId,
    bundle_type_name: dashboard.bundleTypeName,
    risk: dashboard.risk && toArticleBundleRiskEntry(dashboard.risk),
    order: dashboard.order && toOrderBlock(dashboard.order),
    health: dashboard.health && toArticleHealthSummary(dashboard.health),
  };
}

@ApiTags('planning')
@RequireRole(Role.Reader)
@Controller('planning')
export class PlanningHealthController {
  constructor(private readonly health: PlanningHealthService) {}

  @Get('health-portfolio')
  @ApiOperation({ operationId: 'getPlanningHealthPortfolio', summary: 'Worst bundle risk and order summary of every selected article' })
  @ApiOkResponse({ type: PlanningHealthPortfolioResponse })
  @ApiErrorResponses(422)
  async getHealthPortfolio(@Query() query: HealthPortfolioQuery): Promise<PlanningHealthPortfolioResponse> {
    const items = await this.health.healthPortfolio(query.article_ids, query.target_date);
    return { items: items.map(toArticleHealthSummary) };
  }

  @Get('article-dashboard/:article_id')
  @ApiOperation({ operationId: 'getArticleDashboard', summary: 'Worst bundle risk, order explanation and health of one article' })
  @ApiParam({ name: 'article_id', type: 'integer', description: 'Article id (≥ 1)' })
  @ApiOkResponse({ type: ArticleDashboardResponse })
  @ApiErrorResponses(404, 422)
  async getArticleDashboard(
    @Param('article_id', PositiveArticleIdPipe) articleId: number,
    @Query() query: ArticleDashboardQuery,
  ): Promise<ArticleDashboardResponse> {
    return toArticleDashboardResponse(await this.health.articleDashboard(articleId, query.target_date));
  }
}
