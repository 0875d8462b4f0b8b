import { DateTimeField, EnumField, IntField, StringField } from '@supply-brain/common';
import { STOCK_IMPORT_MODES, StockImportMode } from '../../domain/import-rows';
import { ImportItemsField } from '../import-items.field';
import { FromYearOne, NoNulCharacter, WB_SKU_MAX_LENGTH } from './column-range.rules';

/** Current WB stock of one WB SKU in one WB warehouse; the key is (`wb_sku`, `warehouse_id`), null included. */
export class WbStockItem {
  @StringField({ required: true, notBlank: true, maxLength: WB_SKU_MAX_LENGTH, description: 'WB SKU (opaque, case-sensitive)' })
  @NoNulCharacter()
  wb_sku: string;

  @IntField({ nullable: true, description: "WB's warehouse id (not our warehouse table); null is a key value of its own" })
  warehouse_id?: number | null;

  @StringField({ nullable: true, description: 'Overwritten on every import; omitted → null' })
  @NoNulCharacter()
  warehouse_name?: string | null;

  @IntField({ required: true })
  stock_qty: number;

  @DateTimeField({ nullable: true, description: 'Time of the stock figure; omitted or null → now' })
  @FromYearOne()
  updated_at?: Date | null;
}

export class WbStockImportRequest {
  @ImportItemsField(WbStockItem)
  items: WbStockItem[];

  @EnumField(STOCK_IMPORT_MODES, 'WbStockImportMode', {
    description:
      '`upsert` (default) keeps rows the payload does not list; `replace` sets stock_qty to 0 for the rows of the ' +
      'payload’s WB SKUs whose warehouse the payload no longer lists.',
  })
  mode?: StockImportMode;
}
