import { Type } from '@nestjs/common';
import { getMetadataStorage, ValidationArguments, ValidationTypes } from 'class-validator';

/** True when the row passes every rule of its class; false means "run the full validator for the details". */
export type RowCheck = (row: object) => boolean;

interface PropertyRules {
  name: string;
  conditions: Array<(object: object, value: unknown) => boolean>;
  rules: Array<{ validate: (value: unknown, args: ValidationArguments) => unknown; constraints: unknown[] }>;
}

/**
 * The rules class-validator holds for `itemClass`, evaluated directly. Validating 10^4 import rows
 * through `validate()` costs more than upserting them (one promise and error tree per row), so rows
 * are screened with this check and only the failing ones get the full validator and its messages.
 * Returns undefined when the class uses a kind of rule this evaluator does not reproduce; callers
 * then validate every row fully.
 */
export function compileRowCheck(itemClass: Type<object>): RowCheck | undefined {
  const storage = getMetadataStorage();
  const byProperty = new Map<string, PropertyRules>();
  for (const metadata of storage.getTargetValidationMetadatas(itemClass, '', false, false)) {
    if (metadata.each || metadata.groups?.length) return undefined;
    const property = byProperty.get(metadata.propertyName) ?? { name: metadata.propertyName, conditions: [], rules: [] };
    byProperty.set(metadata.propertyName, property);
    if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) {
      property.conditions.push(metadata.constraints[0] as (object: object, value: unknown) => boolean);
    } else if (metadata.type === ValidationTypes.CUSTOM_VALIDATION) {
      for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
        if (constraint.async) return undefined;
        const instance = constraint.instance as { validate: (value: unknown, args: ValidationArguments) => unknown };
        property.rules.push({ validate: instance.validate.bind(instance), constraints: metadata.constraints });
      }
    } else {
      return undefined;
    }
  }
  const properties = [...byProperty.values()];
  const targetName = itemClass.name;
  return (row) =>
    properties.every(({ name, conditions, rules }) => {
      const value = (row as Record<string, unknown>)[name];
      if (!conditions.every((condition) => condition(row, value))) return true;
      return rules.every(({ validate, constraints }) => validate(value, { value, constraints, targetName, object: row, property: name }) === true);
    });
}
