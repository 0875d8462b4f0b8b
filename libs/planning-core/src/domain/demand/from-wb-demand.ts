import { StoredWbHistory, WbDemandEstimate } from '../engine-contract';

/** The W-day sales window ending at the import watermark (or day 0 without one), §4.4.2 step 1. */
export function salesWindow(importWatermark: string | null, day0: string, windowDays: number): { start: string; end: string } {
  void importWatermark;
  void day0;
  void windowDays;
  throw new Error('not implemented');
}

/** §4.4.2: stock-out-aware mean and sample deviation per bundle type over its listings. */
export function fromWbDemand(history: StoredWbHistory, listingsByBundleType: Record<number, string[]>, window: { start: string; end: string }): WbDemandEstimate[] {
  void history;
  void listingsByBundleType;
  void window;
  throw new Error('not implemented');
}
