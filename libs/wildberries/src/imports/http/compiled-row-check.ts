import { Type } from '@nestjs/common';
import { plainToInstance, TransformationType } from 'class-transformer';
import type { MetadataStorage as TransformerMetadata } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage, ValidationArguments, ValidationTypes } from 'class-validator';

/*
 * class-transformer keeps its decorators' metadata in a storage module that its package index
 * does not re-export; @nestjs/mapped-types reads it the same way.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const transformerMetadata = (require('class-transformer/cjs/storage') as { defaultMetadataStorage: TransformerMetadata }).defaultMetadataStorage;

/** True when the row passes every rule of its class; false means "run the full validator for the details". */
export type RowCheck = (row: object) => boolean;

/** Turns one plain JSON row into an instance of its class, keeping only declared properties. */
export type RowReader = (item: Record<string, unknown>) => object;

export interface CompiledRowRules {
  read: RowReader;
  /** Undefined when the class uses a kind of rule this evaluator does not reproduce: validate every row fully. */
  check: RowCheck | undefined;
}

interface PropertyRules {
  name: string;
  conditions: Array<(object: object, value: unknown) => boolean>;
  rules: Array<{ validate: (value: unknown, args: ValidationArguments) => unknown; constraints: unknown[] }>;
}

/**
 * The rules class-validator holds for `itemClass`, evaluated directly. Validating 10^4 import rows
 * through `plainToInstance` + `validate()` costs about as much as upserting them (one executor,
 * promise and error tree per row), so rows are read by copying their declared properties and
 * screened with this check; only failing rows get the full validator and its messages.
 */
export function compileRowRules(itemClass: Type<object>): CompiledRowRules {
  const byProperty = collectRules(itemClass);
  const properties = byProperty ? [...byProperty.values()] : [];
  const names = properties.map((property) => property.name);
  const transformed = names.some((name) => hasTransformerMetadata(itemClass, name)) || transformerMetadata.getStrategy(itemClass) !== 'none';
  const read: RowReader =
    byProperty && !transformed
      ? (item) => {
          const row = new itemClass() as Record<string, unknown>;
          for (const name of names) if (Object.prototype.hasOwnProperty.call(item, name)) row[name] = item[name];
          return row;
        }
      : (item) => plainToInstance(itemClass, item);
  if (!byProperty) return { read, check: undefined };

  const targetName = itemClass.name;
  const check: RowCheck = (row) =>
    properties.every(({ name, conditions, rules }) => {
      const value = (row as Record<string, unknown>)[name];
      if (!conditions.every((condition) => condition(row, value))) return true;
      return rules.every(({ validate, constraints }) => validate(value, { value, constraints, targetName, object: row, property: name }) === true);
    });
  return { read, check };
}

function hasTransformerMetadata(itemClass: Type<object>, name: string): boolean {
  return (
    transformerMetadata.findTransformMetadatas(itemClass, name, TransformationType.PLAIN_TO_CLASS).length > 0 ||
    transformerMetadata.findTypeMetadata(itemClass, name) !== undefined ||
    transformerMetadata.findExposeMetadata(itemClass, name) !== undefined ||
    transformerMetadata.findExcludeMetadata(itemClass, name) !== undefined
  );
}

function collectRules(itemClass: Type<object>): Map<string, PropertyRules> | undefined {
  const storage = getMetadataStorage();
  const byProperty = new Map<string, PropertyRules>();
  for (const metadata of storage.getTargetValidationMetadatas(itemClass, '', false, false)) {
    if (metadata.each || metadata.groups?.length) return undefined;
    const property = byProperty.get(metadata.propertyName) ?? { name: metadata.propertyName, conditions: [], rules: [] };
    byProperty.set(metadata.propertyName, property);
    if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      property.conditions.push(metadata.constraints[0] as (object: object, value: unknown) => boolean);
    } else if (metadata.type === ValidationTypes.CUSTOM_VALIDATION) {
      for (const constraint of metadata.constraintCls ? storage.getTargetValidatorConstraints(metadata.constraintCls) : []) {
        if (constraint.async) return undefined;
        const instance = constraint.instance as { validate: (value: unknown, args: ValidationArguments) => unknown };
        property.rules.push({ validate: instance.validate.bind(instance), constraints: metadata.constraints });
      }
    } else {
      return undefined;
    }
  }
  return byProperty;
}
