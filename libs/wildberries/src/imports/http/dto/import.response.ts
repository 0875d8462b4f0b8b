import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** Items that created a row, and items that overwrote one (a repeated key counts as an update). */
export class WbImportResponse {
  @ApiProperty({ type: 'integer' })
  inserted: number;

  @ApiProperty({ type: 'integer' })
  updated: number;
}

export class WbStockImportResponse extends WbImportResponse {
  @ApiPropertyOptional({ type: 'integer', description: 'Only in `replace` mode: rows of the payload’s WB SKUs set to 0' })
  zeroed?: number;
}

/** A WB SKU now mapped to several articles; the WB views count it for the lowest article id. */
export class WbSkuAttributionWarning {
  @ApiProperty()
  wb_sku: string;

  @ApiProperty({ type: 'integer', isArray: true, description: 'Every article the WB SKU is mapped to, ascending' })
  article_ids: number[];

  @ApiProperty({ type: 'integer' })
  attributed_article_id: number;

  @ApiProperty({ example: 'wb_sku=WB-1 is mapped to articles 3, 7; its WB sales and stock are attributed to article_id=3' })
  message: string;
}

export class WbMappingImportResponse extends WbImportResponse {
  @ApiProperty({
    type: [WbSkuAttributionWarning],
    description: 'WB SKUs of this payload mapped to more than one article, by wb_sku; [] when none',
  })
  warnings: WbSkuAttributionWarning[];
}
