import { ApiProperty } from '@nestjs/swagger';
import { RequiredQueryDate, RequiredQueryId } from './required-query';

export class DemandQuery {
  @RequiredQueryId('Article whose WB demand is computed')
  article_id: number;

  @RequiredQueryDate('Last day of the 30-day observation window')
  target_date: string;
}

const INT = { type: 'integer', format: 'int32' } as const;
const DOUBLE = { type: 'number', format: 'double' } as const;

/** C1: WB demand of one article (02 §3.1). */
export class DemandResult {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty({ ...DOUBLE, description: 'Average daily WB sales over the days with sales in the window' })
  avg_daily_sales: number;

  @ApiProperty({ ...DOUBLE, description: 'avg_daily_sales × forecast_horizon_days' })
  forecast_demand: number;

  @ApiProperty({ ...INT, description: 'WB stock of the article’s listings' })
  current_stock: number;

  @ApiProperty({ ...DOUBLE, description: 'current_stock / avg_daily_sales; 9999 without sales' })
  coverage_days: number;

  @ApiProperty({ ...INT, description: 'Units missing on WB over the horizon, never negative' })
  deficit: number;

  @ApiProperty(INT)
  target_coverage_days: number;

  @ApiProperty(INT)
  observation_window_days: number;

  @ApiProperty(INT)
  forecast_horizon_days: number;

  @ApiProperty({ type: String, nullable: true })
  explanation: string | null;
}
