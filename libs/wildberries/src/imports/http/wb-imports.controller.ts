import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { WbImportsService } from '../application/wb-imports.service';
import { MAX_IMPORT_ROWS } from '../domain/import-limits';
import { WbImportResponse, WbMappingImportResponse, WbStockImportResponse } from './dto/import.response';
import { ArticleWbMappingImportRequest, ArticleWbMappingItem } from './dto/mapping-import.request';
import { WbSalesDailyImportRequest, WbSalesDailyItem } from './dto/sales-import.request';
import { WbStockImportRequest, WbStockItem } from './dto/stock-import.request';
import { ImportBodyPipe } from './import-body.pipe';
import { ImportRowLimitGuard } from './import-row-limit.guard';
import { toMappingImportResponse, toMappingRow, toSalesRow, toStockRow } from './wb-imports.mapper';

const ALL_OR_NOTHING = `All rows are written in one transaction or none is; a repeated key counts once as inserted ` +
  `or updated and then as updated, its last occurrence winning. At most ${MAX_IMPORT_ROWS} items (413 above).`;

/*
 * Body parameters are typed by mapped types, not the classes, so no class reaches the global pipe
 * and `ImportBodyPipe` alone validates them (much faster for 10^4 rows); `@ApiBody` names the classes
 * for OpenAPI.
 */
type SalesImportBody = Pick<WbSalesDailyImportRequest, 'items'>;
type StockImportBody = Pick<WbStockImportRequest, 'items' | 'mode'>;
type MappingImportBody = Pick<ArticleWbMappingImportRequest, 'items'>;

/** Push endpoints through which all WB data arrives (04 §3.1–3.3, §4). */
@ApiTags('wb-imports')
@RequireRole(Role.Planner)
@Controller('wb')
@UseGuards(ImportRowLimitGuard)
export class WbImportsController {
  constructor(private readonly imports: WbImportsService) {}

  @Post('sales-daily/import')
  @HttpCode(200)
  @ApiOperation({ operationId: 'importWbSalesDaily', summary: 'Upsert WB daily sales by (wb_sku, date)', description: ALL_OR_NOTHING })
  @ApiBody({ type: WbSalesDailyImportRequest })
  @ApiOkResponse({ type: WbImportResponse, description: 'How many items inserted a row and how many updated one' })
  @ApiErrorResponses(413, 422)
  importSales(@Body(new ImportBodyPipe(WbSalesDailyImportRequest, WbSalesDailyItem)) body: SalesImportBody): Promise<WbImportResponse> {
    return this.imports.importSales(body.items.map(toSalesRow));
  }

  @Post('stock/import')
  @HttpCode(200)
  @ApiOperation({ operationId: 'importWbStock', summary: 'Upsert WB stock by (wb_sku, warehouse_id)', description: ALL_OR_NOTHING })
  @ApiBody({ type: WbStockImportRequest })
  @ApiOkResponse({ type: WbStockImportResponse, description: 'How many items inserted a row and how many updated one' })
  @ApiErrorResponses(413, 422)
  importStock(@Body(new ImportBodyPipe(WbStockImportRequest, WbStockItem)) body: StockImportBody): Promise<WbStockImportResponse> {
    return this.imports.importStock(body.items.map(toStockRow), body.mode ?? 'upsert');
  }

  @Post('article-mapping/import')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'importWbArticleMapping',
    summary: 'Upsert article ↔ WB SKU mappings by (article_id, wb_sku)',
    description: `${ALL_OR_NOTHING} Every article_id must exist (400 naming the first that does not).`,
  })
  @ApiBody({ type: ArticleWbMappingImportRequest })
  @ApiOkResponse({ type: WbMappingImportResponse, description: 'Counts, and the WB SKUs of the payload that map to several articles' })
  @ApiErrorResponses(400, 413, 422)
  async importMappings(@Body(new ImportBodyPipe(ArticleWbMappingImportRequest, ArticleWbMappingItem)) body: MappingImportBody): Promise<WbMappingImportResponse> {
    return toMappingImportResponse(await this.imports.importMappings(body.items.map(toMappingRow)));
  }
}
