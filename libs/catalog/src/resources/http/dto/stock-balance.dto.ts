import { ApiProperty } from '@nestjs/swagger';
import { DateTimeField, IntField } from '@supply-brain/common';

export class StockBalanceCreate {
  @IntField({ required: true })
  sku_unit_id: number;

  @IntField({ required: true })
  warehouse_id: number;

  @IntField({ required: true, description: 'May be negative' })
  quantity: number;

  @DateTimeField({
    nullable: true,
    description: 'Create: omitted or null = now. PUT: omitted or null keeps the stored value. No offset = UTC.',
  })
  updated_at?: Date | null;
}

/** Present fields only; `updated_at` is not refreshed when only the quantity changes. */
export class StockBalancePatch {
  @IntField()
  sku_unit_id?: number;

  @IntField()
  warehouse_id?: number;

  @IntField()
  quantity?: number;

  @DateTimeField()
  updated_at?: Date;
}

export class StockBalanceRead {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  sku_unit_id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  warehouse_id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  quantity: number;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-01-01T07:00:00.000Z' })
  updated_at: string;
}
