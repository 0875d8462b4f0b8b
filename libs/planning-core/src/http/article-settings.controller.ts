import { Body, Controller, Get, Param, Put, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { ArticleSettingsService } from '../application/article-settings.service';
import { PositiveIdParamPipe } from './positive-id.param.pipe';
import { ProductionOrderSettingsRequest, ProductionOrderSettingsResponse } from './dto/article-settings.dto';
import { PlanningCoreErrorFilter } from './planning-core-error.filter';

/** Per-article production-order settings (05 §3.6). */
@ApiTags('planning-core')
@Controller('planning/core/production-order/settings')
@UseFilters(PlanningCoreErrorFilter)
export class ArticleSettingsController {
  constructor(private readonly settings: ArticleSettingsService) {}

  @Get(':article_id')
  @RequireRole(Role.Reader)
  @ApiOperation({ operationId: 'getProductionOrderSettings', summary: 'Stored production-order settings of an article and the policy they resolve to' })
  @ApiOkResponse({ type: ProductionOrderSettingsResponse })
  @ApiErrorResponses(404, 422)
  get(@Param('article_id', PositiveIdParamPipe) articleId: number): Promise<ProductionOrderSettingsResponse> {
    return this.settings.get(articleId);
  }

  @Put(':article_id')
  @RequireRole(Role.Planner)
  @ApiOperation({
    operationId: 'replaceProductionOrderSettings',
    summary: 'Replace the production-order settings of an article',
    description: 'Earlier fields: absent means the default (lists emptied, values null). New fields: absent = unchanged, present = replaced, null clears.',
  })
  @ApiOkResponse({ type: ProductionOrderSettingsResponse })
  @ApiErrorResponses(400, 404, 422)
  replace(@Param('article_id', PositiveIdParamPipe) articleId: number, @Body() body: ProductionOrderSettingsRequest): Promise<ProductionOrderSettingsResponse> {
    return this.settings.replace(articleId, body);
  }
}
