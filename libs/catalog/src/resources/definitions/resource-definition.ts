import type { Type } from '@nestjs/common';

/** A table another catalog row points to, and how the 422 message names it. */
export interface ReferencedTable {
  entity: Type<{ id: number }>;
  /** The table name as the database's FK error names it (`sku_unit` → `sku unit`). */
  noun: string;
}

/** How one body field maps onto its column. */
export interface WritableField<E> {
  property: keyof E & string;
  /** Value taken by create and PUT when the field is omitted (PUT is a full replacement). */
  createDefault?: unknown;
  /** The id must name an existing row; checked before the write. */
  references?: ReferencedTable;
  /**
   * Server-stamped instant: on create, omitted or null means the database clock now; on PUT,
   * omitted or null keeps the stored value (01 §3.9).
   */
  stampedByServer?: boolean;
}

/** Columns that are unique together, and the 409 detail when a write would duplicate them. */
export interface UniqueRule<E> {
  properties: Array<keyof E & string>;
  message: string;
}

/**
 * Everything that distinguishes one catalog resource from another; the generic service and
 * controller factory do the rest, so the nine resources behave identically.
 */
export interface CatalogResourceDefinition<E extends { id: number } = any, C extends object = any, P extends object = any, R = any> {
  /** Path segment under /api/v1. */
  path: string;
  tag: string;
  /** Singular and plural names used in operationIds (`getArticle`, `listArticles`). */
  names: { one: string; many: string };
  entity: Type<E>;
  dto: { create: Type<C>; patch: Type<P>; read: Type<R> };
  /** Every writable body field (snake_case wire name) → its column. */
  fields: { [K in keyof C & string]-?: WritableField<E> };
  uniques: Array<UniqueRule<E>>;
  notFoundMessage: string;
  toRead(row: E): R;
}
