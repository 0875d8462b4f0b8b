import { Injectable } from '@nestjs/common';
import { BusinessRuleError, NotFoundError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { buildShipmentPreset, ShipmentPreset, TRANSIT_HISTORY } from '../domain/shipment-preset';
import { ShipmentReadRepository } from '../persistence/shipment-read.repository';
import {
  HEADER_SORT_KEYS,
  HeaderPage,
  HeaderSortKey,
  Shipment,
  ShipmentFilter,
  ShipmentHeader,
  ShipmentHeaderWithTotals,
  ShipmentItem,
} from './shipment';

export const SHIPMENT_NOT_FOUND = 'WbShipment not found';
export const ITEM_NOT_FOUND = 'WbShipmentItem not found';

export interface HeaderPageRequest {
  sortBy: string;
  sortDir: string;
  limit: number;
  offset: number;
}

/** The sort parameters are free text on the wire; unknown ones get the documented 400s (W9). */
function toHeaderPage(request: HeaderPageRequest): HeaderPage {
  if (!(HEADER_SORT_KEYS as readonly string[]).includes(request.sortBy)) {
    const allowed = HEADER_SORT_KEYS.map((key) => `'${key}'`).join(', ');
    throw new BusinessRuleError(`Invalid sort_by '${request.sortBy}', must be one of: [${allowed}]`);
  }
  const sortDir = request.sortDir.toLowerCase();
  if (sortDir !== 'asc' && sortDir !== 'desc') throw new BusinessRuleError("Invalid sort_dir, must be 'asc' or 'desc'");
  return { sortBy: request.sortBy as HeaderSortKey, sortDir, limit: request.limit, offset: request.offset };
}

function withItems(headers: ShipmentHeader[], items: ShipmentItem[]): Shipment[] {
  const byShipment = new Map<number, ShipmentItem[]>(headers.map((header) => [header.id, []]));
  for (const item of items) byShipment.get(item.shipmentId)?.push(item);
  return headers.map((header) => ({ ...header, items: byShipment.get(header.id) ?? [] }));
}

/** Read-only use cases of the shipment editor; each runs in one consistent snapshot. */
@Injectable()
export class ShipmentReaderService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly shipments: ShipmentReadRepository,
  ) {}

  /** Full shipments, items included, in two queries whatever their number. */
  list(filter: ShipmentFilter): Promise<Shipment[]> {
    return this.tx.read(async () => {
      const headers = await this.shipments.listHeaders(filter);
      return withItems(headers, await this.shipments.itemsOf(headers.map((header) => header.id)));
    });
  }

  headers(filter: ShipmentFilter, request: HeaderPageRequest): Promise<ShipmentHeaderWithTotals[]> {
    const page = toHeaderPage(request);
    return this.tx.read(() => this.shipments.pageOfHeadersWithTotals(filter, page));
  }

  /** Also used by the editor inside its write transaction, to answer with the state it committed. */
  get(id: number): Promise<Shipment> {
    return this.tx.read(async () => {
      const header = await this.shipments.findHeader(id);
      if (!header) throw new NotFoundError(SHIPMENT_NOT_FOUND);
      return withItems([header], await this.shipments.itemsOf([id]))[0];
    });
  }

  async aggregates(id: number): Promise<ShipmentHeaderWithTotals> {
    const shipment = await this.tx.read(() => this.shipments.findHeaderWithTotals(id));
    if (!shipment) throw new NotFoundError(SHIPMENT_NOT_FOUND);
    return shipment;
  }

  itemSummary(shipmentId: number, itemId: number): Promise<ShipmentItem> {
    return this.tx.read(async () => {
      if (!(await this.shipments.findHeader(shipmentId))) throw new NotFoundError(SHIPMENT_NOT_FOUND);
      const item = await this.shipments.findItem(shipmentId, itemId);
      if (!item) throw new NotFoundError(ITEM_NOT_FOUND);
      return item;
    });
  }

  async preset(targetDate: string): Promise<ShipmentPreset> {
    return buildShipmentPreset(targetDate, await this.shipments.recentNonCancelled(TRANSIT_HISTORY));
  }
}
