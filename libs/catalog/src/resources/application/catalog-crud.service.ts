import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, UnprocessableError, ValidationIssue } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { CatalogResourceDefinition, WritableField } from '../definitions/resource-definition';
import { CatalogRowsRepository } from '../persistence/catalog-rows.repository';

type Definition = CatalogResourceDefinition;
type Body = Record<string, unknown>;
type Values = Record<string, unknown>;

interface FieldEntry {
  field: string;
  spec: WritableField<Record<string, unknown>>;
}

function fieldsOf(definition: Definition): FieldEntry[] {
  return Object.entries(definition.fields).map(([field, spec]) => ({ field, spec: spec as FieldEntry['spec'] }));
}

function isPresent(body: Body, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(body, field);
}

/**
 * List, get, create, replace, partial update and delete for any catalog resource (01 §3.1).
 * Each write runs in one transaction, checking in the spec's order: existence (404), uniqueness
 * (409), referenced ids (422); the database constraints answer the same if a race slips past.
 */
@Injectable()
export class CatalogCrudService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly rows: CatalogRowsRepository,
  ) {}

  // Single-statement reads see one snapshot anyway, so they need no explicit transaction.
  async list<R>(definition: CatalogResourceDefinition<any, any, any, R>): Promise<R[]> {
    const rows = await this.rows.listAll(definition.entity);
    return rows.map((row) => definition.toRead(row));
  }

  async get<R>(definition: CatalogResourceDefinition<any, any, any, R>, id: number): Promise<R> {
    const row = await this.rows.findById(definition.entity, id);
    if (!row) throw new NotFoundError(definition.notFoundMessage);
    return definition.toRead(row);
  }

  create<R>(definition: CatalogResourceDefinition<any, any, any, R>, body: object): Promise<R> {
    return this.tx.write(async () => {
      const { values, stampNow } = this.fullReplacement(definition, body as Body, 'create');
      await this.assertUnique(definition, values, Object.keys(values));
      await this.assertReferencesExist(definition, values);
      const id = await this.rows.insert(definition.entity, values, stampNow);
      return definition.toRead(await this.loadExisting(definition, id));
    });
  }

  /** PUT: every writable field is replaced; omitted optional fields take their create default. */
  replace<R>(definition: CatalogResourceDefinition<any, any, any, R>, id: number, body: object): Promise<R> {
    return this.tx.write(async () => {
      const current = await this.lockExisting(definition, id);
      const { values } = this.fullReplacement(definition, body as Body, 'replace');
      return this.applyChanges(definition, current, values);
    });
  }

  /** PATCH: only the fields present in the body change; `{}` changes nothing. */
  update<R>(definition: CatalogResourceDefinition<any, any, any, R>, id: number, body: object): Promise<R> {
    return this.tx.write(async () => {
      const current = await this.lockExisting(definition, id);
      const changes: Values = {};
      for (const { field, spec } of fieldsOf(definition)) {
        if (isPresent(body as Body, field)) changes[spec.property] = (body as Body)[field];
      }
      return this.applyChanges(definition, current, changes);
    });
  }

  remove(definition: Definition, id: number): Promise<void> {
    return this.tx.write(async () => {
      const deleted = await this.rows.deleteById(definition.entity, id);
      if (!deleted) throw new NotFoundError(definition.notFoundMessage);
    });
  }

  private async applyChanges<R>(definition: CatalogResourceDefinition<any, any, any, R>, current: Values, changes: Values): Promise<R> {
    const merged = { ...current, ...changes };
    await this.assertUnique(definition, merged, Object.keys(changes), current.id as number);
    await this.assertReferencesExist(definition, changes);
    await this.rows.update(definition.entity, current.id as number, changes);
    return definition.toRead(merged);
  }

  /** The column values of a create or PUT body, defaults filled in for omitted optional fields. */
  private fullReplacement(definition: Definition, body: Body, mode: 'create' | 'replace'): { values: Values; stampNow: string[] } {
    const values: Values = {};
    const stampNow: string[] = [];
    for (const { field, spec } of fieldsOf(definition)) {
      const value = body[field];
      if (spec.stampedByServer && (value === undefined || value === null)) {
        // Create stamps the database clock; PUT keeps the stored instant.
        if (mode === 'create') stampNow.push(spec.property);
        continue;
      }
      values[spec.property] = isPresent(body, field) ? value : spec.createDefault;
    }
    return { values, stampNow };
  }

  /**
   * Unique rules touched by the changed properties are checked on the merged values against
   * every other row (composite uniques on the full tuple).
   */
  private async assertUnique(definition: Definition, merged: Values, changed: string[], selfId?: number): Promise<void> {
    for (const rule of definition.uniques) {
      if (!rule.properties.some((property: string) => changed.includes(property))) continue;
      const tuple = Object.fromEntries(rule.properties.map((property: string) => [property, merged[property]]));
      if (await this.rows.existsOtherWith(definition.entity, tuple, selfId)) throw new ConflictError(rule.message);
    }
  }

  /** Every referenced id among `values` that names no row, reported together as one 422. */
  private async assertReferencesExist(definition: Definition, values: Values): Promise<void> {
    const issues: ValidationIssue[] = [];
    for (const { field, spec } of fieldsOf(definition)) {
      const id = values[spec.property];
      if (!spec.references || typeof id !== 'number') continue;
      if (await this.rows.exists(spec.references.entity, id)) continue;
      issues.push({ type: 'foreign_key', loc: ['body', field], msg: `${field} refers to a non-existent ${spec.references.noun}`, input: id });
    }
    if (issues.length > 0) throw new UnprocessableError(issues);
  }

  private async lockExisting(definition: Definition, id: number): Promise<Values> {
    const row = await this.rows.findByIdForUpdate(definition.entity, id);
    if (!row) throw new NotFoundError(definition.notFoundMessage);
    return row;
  }

  private async loadExisting(definition: Definition, id: number): Promise<Values> {
    const row = await this.rows.findById(definition.entity, id);
    if (!row) throw new NotFoundError(definition.notFoundMessage);
    return row;
  }
}
