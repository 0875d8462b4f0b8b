import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { BundleStockService } from '../application/bundle-stock.service';
import { BundleAvailabilityQuery, BundleAvailabilityResponse, BundleDeficitQuery, BundleDeficitResponse } from './dto/bundle-stock.dto';

@ApiTags('planning')
@RequireRole(Role.Reader)
@Controller('planning')
export class BundleStockController {
  constructor(private readonly bundles: BundleStockService) {}

  @Get('bundle-availability')
  @ApiOperation({ operationId: 'getBundleAvailability', summary: 'Bundles that the singles of one warehouse can make, per size' })
  @ApiOkResponse({ type: BundleAvailabilityResponse })
  @ApiErrorResponses(400, 404, 422)
  async getAvailability(@Query() query: BundleAvailabilityQuery): Promise<BundleAvailabilityResponse> {
    const at = { articleId: query.article_id, bundleTypeId: query.bundle_type_id, warehouseId: query.warehouse_id };
    const availability = await this.bundles.availability(at);
    return {
      article_id: at.articleId,
      bundle_type_id: at.bundleTypeId,
      warehouse_id: at.warehouseId,
      total_available: availability.totalAvailable,
      per_size: availability.perSize.map((size) => ({ size_id: size.sizeId, size_label: size.sizeLabel, available: size.available })),
    };
  }

  @Get('bundle-deficit')
  @ApiOperation({ operationId: 'getBundleDeficit', summary: 'Singles missing at one warehouse to hold a target number of bundles per size' })
  @ApiOkResponse({ type: BundleDeficitResponse })
  @ApiErrorResponses(400, 404, 422)
  async getDeficit(@Query() query: BundleDeficitQuery): Promise<BundleDeficitResponse> {
    const at = { articleId: query.article_id, bundleTypeId: query.bundle_type_id, warehouseId: query.warehouse_id };
    const deficit = await this.bundles.deficit(at, query.target_count);
    return {
      article_id: at.articleId,
      bundle_type_id: at.bundleTypeId,
      warehouse_id: at.warehouseId,
      target_count: query.target_count,
      per_size: deficit.perSize.map((size) => ({
        size_id: size.sizeId,
        size_label: size.sizeLabel,
        required: size.required,
        current: size.current,
        deficit: size.deficit,
      })),
      total_deficit_per_color: deficit.totalDeficitPerColor,
    };
  }
}
