import { DateField, IntField, StringField } from '@supply-brain/common';
import { ImportItemsField } from '../import-items.field';
import { FromYearOne, NoNulCharacter, WB_SKU_MAX_LENGTH } from './column-range.rules';
import { RevenueField } from './revenue.field';

/** One day of WB sales of one WB SKU; the key is (`wb_sku`, `date`). */
export class WbSalesDailyItem {
  @StringField({ required: true, notBlank: true, maxLength: WB_SKU_MAX_LENGTH, description: 'WB SKU (opaque, case-sensitive)' })
  @NoNulCharacter()
  wb_sku: string;

  @DateField({ required: true })
  @FromYearOne()
  date: string;

  @IntField({ description: 'Units sold; default 0. null is rejected.' })
  sales_qty?: number;

  @RevenueField()
  revenue?: number | null;
}

export class WbSalesDailyImportRequest {
  @ImportItemsField(WbSalesDailyItem)
  items: WbSalesDailyItem[];
}
