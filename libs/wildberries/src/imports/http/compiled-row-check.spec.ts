import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { compileRowRules } from './compiled-row-check';
import { WbSalesDailyItem } from './dto/sales-import.request';
import { WbStockItem } from './dto/stock-import.request';


describe('compileRowCheck agrees with class-validator on import rows', () => {
  const salesRules = compileRowRules(WbSalesDailyItem);
  const stockRules = compileRowRules(WbStockItem);
  const sales = salesRules.check;
  const stock = stockRules.check;

  it('compiles the import item classes (no fallback to full validation)', () => {
    expect(sales).toBeInstanceOf(Function);
    expect(stock).toBeInstanceOf(Function);
  });

  const salesCases: Array<[string, object]> = [
    ['complete row', { wb_sku: 'A', date: '2025-01-31', sales_qty: 3, revenue: 1.5 }],
    ['defaults omitted', { wb_sku: 'A', date: '2025-01-31' }],
    ['null revenue', { wb_sku: 'A', date: '2025-01-31', revenue: null }],
    ['null sales_qty', { wb_sku: 'A', date: '2025-01-31', sales_qty: null }],
    ['fractional sales_qty', { wb_sku: 'A', date: '2025-01-31', sales_qty: 1.5 }],
    ['numeric string sales_qty', { wb_sku: 'A', date: '2025-01-31', sales_qty: '1' }],
    ['impossible date', { wb_sku: 'A', date: '2025-02-30' }],
    ['missing wb_sku', { date: '2025-01-31' }],
    ['blank wb_sku', { wb_sku: ' ', date: '2025-01-31' }],
    ['revenue beyond the column', { wb_sku: 'A', date: '2025-01-31', revenue: 1e10 }],
    ['sales_qty beyond int32', { wb_sku: 'A', date: '2025-01-31', sales_qty: 2 ** 31 }],
    ['NUL in wb_sku', { wb_sku: 'A\u0000', date: '2025-01-31' }],
    ['year 0', { wb_sku: 'A', date: '0000-12-31' }],
  ];

  it.each(salesCases)('sales row, %s', (_, plain) => {
    expect(sales?.(salesRules.read(plain as Record<string, unknown>))).toBe(validateSync(plainToInstance(WbSalesDailyItem, plain)).length === 0);
  });

  const stockCases: Array<[string, object]> = [
    ['complete row with an offset datetime', { wb_sku: 'A', warehouse_id: 1, warehouse_name: 'MSK', stock_qty: 1, updated_at: '2025-01-01T10:00:00+03:00' }],
    ['null warehouse', { wb_sku: 'A', warehouse_id: null, stock_qty: 1 }],
    ['missing stock_qty', { wb_sku: 'A' }],
    ['unparsable updated_at', { wb_sku: 'A', stock_qty: 1, updated_at: 'soon' }],
    ['numeric warehouse_name', { wb_sku: 'A', stock_qty: 1, warehouse_name: 5 }],
  ];

  it.each(stockCases)('stock row, %s', (_, plain) => {
    expect(stock?.(stockRules.read(plain as Record<string, unknown>))).toBe(validateSync(plainToInstance(WbStockItem, plain)).length === 0);
  });

  it('reads a row without class-transformer when its class has no transforms, keeping declared properties only', () => {
    const row = salesRules.read({ wb_sku: 'A', date: '2025-01-31', extra: 1 });
    expect(row).toBeInstanceOf(WbSalesDailyItem);
    expect(row).toEqual(Object.assign(new WbSalesDailyItem(), { wb_sku: 'A', date: '2025-01-31' }));
    expect(Object.keys(row)).not.toContain('revenue');
  });

  it('reads a stock row through class-transformer, so updated_at becomes an instant', () => {
    const row = stockRules.read({ wb_sku: 'A', stock_qty: 1, updated_at: '2025-01-01T10:00:00+03:00' }) as WbStockItem;
    expect(row.updated_at).toEqual(new Date('2025-01-01T07:00:00.000Z'));
  });

  it('the cases include both verdicts, so agreement is not trivial', () => {
    const verdicts = salesCases.map(([, plain]) => sales?.(salesRules.read(plain as Record<string, unknown>)));
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
  });
});
