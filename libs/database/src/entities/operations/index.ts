import { ArticleWbMapping } from './article-wb-mapping.entity';
import { MonitoringAlertRule } from './monitoring-alert-rule.entity';
import { MonitoringSnapshot } from './monitoring-snapshot.entity';
import { PurchaseOrderItem } from './purchase-order-item.entity';
import { PurchaseOrder } from './purchase-order.entity';
import { WbSalesDaily } from './wb-sales-daily.entity';
import { WbSalesMonth } from './wb-sales-month.entity';
import { WbSalesTail } from './wb-sales-tail.entity';
import { WbShipmentItem } from './wb-shipment-item.entity';
import { WbShipment } from './wb-shipment.entity';
import { WbStock } from './wb-stock.entity';

export {
  ArticleWbMapping,
  MonitoringAlertRule,
  MonitoringSnapshot,
  PurchaseOrder,
  PurchaseOrderItem,
  WbSalesDaily,
  WbSalesMonth,
  WbSalesTail,
  WbShipment,
  WbShipmentItem,
  WbStock,
};

/** WB data, purchase orders, WB shipments, monitoring snapshots and alert rules. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const OPERATIONS_ENTITIES: Function[] = [
  WbSalesDaily,
  WbSalesMonth,
  WbSalesTail,
  WbStock,
  ArticleWbMapping,
  PurchaseOrder,
  PurchaseOrderItem,
  WbShipment,
  WbShipmentItem,
  MonitoringSnapshot,
  MonitoringAlertRule,
];
