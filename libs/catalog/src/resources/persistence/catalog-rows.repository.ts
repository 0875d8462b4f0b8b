import { Injectable, Type } from '@nestjs/common';
import { DB_NOW_MS, TransactionHost } from '@supply-brain/database';
import { FindOptionsWhere, Not, ObjectLiteral } from 'typeorm';

type Row = ObjectLiteral & { id: number };

/**
 * Reads and writes rows of the catalog tables through the current transaction. The tables share
 * one shape (integer id, plain columns, no relations), so one repository serves all nine.
 */
@Injectable()
export class CatalogRowsRepository {
  constructor(private readonly tx: TransactionHost) {}

  listAll<E extends Row>(entity: Type<E>): Promise<E[]> {
    return this.tx.manager.find(entity, { order: { id: 'ASC' } as never });
  }

  findById<E extends Row>(entity: Type<E>, id: number): Promise<E | null> {
    return this.tx.manager.findOne(entity, { where: { id } as FindOptionsWhere<E> });
  }

  /** The row, locked until the transaction ends, so checks and the update see the same state. */
  findByIdForUpdate<E extends Row>(entity: Type<E>, id: number): Promise<E | null> {
    return this.tx.manager.findOne(entity, { where: { id } as FindOptionsWhere<E>, lock: { mode: 'pessimistic_write' } });
  }

  exists<E extends Row>(entity: Type<E>, id: number): Promise<boolean> {
    return this.tx.manager.exists(entity, { where: { id } as FindOptionsWhere<E> });
  }

  /** Whether a row other than `excludeId` already holds exactly these column values. */
  existsOtherWith<E extends Row>(entity: Type<E>, values: Partial<E>, excludeId?: number): Promise<boolean> {
    const where = (excludeId === undefined ? { ...values } : { ...values, id: Not(excludeId) }) as FindOptionsWhere<E>;
    return this.tx.manager.exists(entity, { where });
  }

  /** Inserts the row; the properties in `stampNow` take the database clock, at millisecond precision. */
  async insert<E extends Row>(entity: Type<E>, values: Partial<E>, stampNow: Array<keyof E & string> = []): Promise<number> {
    const row: Record<string, unknown> = { ...values };
    for (const property of stampNow) row[property] = () => DB_NOW_MS;
    const result = await this.tx.manager.createQueryBuilder().insert().into(entity).values(row as never).execute();
    return (result.identifiers[0] as { id: number }).id;
  }

  async update<E extends Row>(entity: Type<E>, id: number, changes: Partial<E>): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    await this.tx.manager.update(entity, id, changes as never);
  }

  /** False when no such row; a row still referenced fails with the database's FK error. */
  async deleteById<E extends Row>(entity: Type<E>, id: number): Promise<boolean> {
    const result = await this.tx.manager.delete(entity, id);
    return (result.affected ?? 0) > 0;
  }
}
