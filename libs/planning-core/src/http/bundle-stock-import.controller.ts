import { Body, Controller, HttpCode, Post, UseFilters, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { MAX_IMPORT_ROWS } from '@supply-brain/wildberries/imports/domain/import-limits';
import { ImportBodyPipe } from '@supply-brain/wildberries/imports/http/import-body.pipe';
import { ImportRowLimitGuard } from '@supply-brain/wildberries/imports/http/import-row-limit.guard';
import { BundleStockImportService } from '../application/bundle-stock-import.service';
import { BundleStockBalanceItem, BundleStockImportRequest, BundleStockImportResponse } from './dto/bundle-stock-import.request';
import { PlanningCoreErrorFilter } from './planning-core-error.filter';

/** Typed by a mapped type so that `ImportBodyPipe` alone validates the rows (as the WB imports do). */
type BundleStockImportBody = Pick<BundleStockImportRequest, 'items'>;

/** Push endpoint for assembled bundles at our warehouses (05 §2.6), the upsert contract of the WB imports. */
@ApiTags('planning-core')
@Controller('planning/core/bundle-stock')
@UseGuards(ImportRowLimitGuard)
@UseFilters(PlanningCoreErrorFilter)
export class BundleStockImportController {
  constructor(private readonly imports: BundleStockImportService) {}

  @Post('import')
  @HttpCode(200)
  @RequireRole(Role.Planner)
  @ApiOperation({
    operationId: 'importBundleStockBalance',
    summary: 'Upsert NSC bundle stock by (article_id, bundle_type_id, size_id, warehouse_id)',
    description:
      'All rows are written in one transaction or none is; a repeated key counts once as inserted or updated and then as updated, ' +
      `its last occurrence winning. Every referenced id must exist (400 naming the first item that does not). At most ${MAX_IMPORT_ROWS} items (413 above).`,
  })
  @ApiBody({ type: BundleStockImportRequest })
  @ApiOkResponse({ type: BundleStockImportResponse })
  @ApiErrorResponses(400, 413, 422)
  import(@Body(new ImportBodyPipe(BundleStockImportRequest, BundleStockBalanceItem)) body: BundleStockImportBody): Promise<BundleStockImportResponse> {
    return this.imports.import(
      body.items.map((item) => ({
        articleId: item.article_id,
        bundleTypeId: item.bundle_type_id,
        sizeId: item.size_id,
        warehouseId: item.warehouse_id,
        quantity: item.quantity,
        updatedAt: item.updated_at ?? null,
      })),
    );
  }
}
