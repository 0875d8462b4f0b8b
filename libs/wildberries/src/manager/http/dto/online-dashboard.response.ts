import { ApiProperty } from '@nestjs/swagger';

const INT = { type: 'integer', format: 'int32' } as const;
const NUMBER = { type: 'number', format: 'double' } as const;
const RISK = { enum: ['red', 'yellow', 'green'], enumName: 'WbOosRiskLevel' } as const;

export class WbWarehouseStock {
  @ApiProperty({ ...INT, nullable: true, description: 'WB warehouse id (not an internal warehouse)' })
  warehouse_id: number | null;

  @ApiProperty({ type: String, nullable: true })
  warehouse_name: string | null;

  @ApiProperty(INT)
  stock_qty: number;
}

/** One SKU unit with its article's WB figures (§3.4). */
export class WbManagerSkuStats {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty()
  article_code: string;

  @ApiProperty(INT)
  color_id: number;

  @ApiProperty()
  color_inner_code: string;

  @ApiProperty(INT)
  size_id: number;

  @ApiProperty()
  size_label: string;

  @ApiProperty({ type: String, nullable: true, description: 'The article’s single mapped WB SKU; null with none or several' })
  wb_sku: string | null;

  @ApiProperty(INT)
  wb_stock_total: number;

  @ApiProperty({ type: [WbWarehouseStock] })
  wb_stock_by_warehouse: WbWarehouseStock[];

  @ApiProperty({ ...INT, description: 'Always 30' })
  observation_window_days: number;

  @ApiProperty(INT)
  sales_1d: number;

  @ApiProperty(INT)
  sales_7d: number;

  @ApiProperty(INT)
  sales_30d: number;

  @ApiProperty(NUMBER)
  avg_daily_sales_30d: number;

  @ApiProperty(NUMBER)
  forecast_7d: number;

  @ApiProperty(NUMBER)
  forecast_30d: number;

  @ApiProperty({ ...NUMBER, description: '9999 with stock but no sales; 0 with neither' })
  coverage_days: number;

  @ApiProperty(RISK)
  oos_risk_level: string;

  @ApiProperty({ type: String, nullable: true })
  explanation: string | null;
}

export class WbManagerOnlineResponse {
  @ApiProperty({ type: String, format: 'date' })
  target_date: string;

  @ApiProperty({ type: [WbManagerSkuStats] })
  items: WbManagerSkuStats[];
}
