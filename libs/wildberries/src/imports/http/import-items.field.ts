import { applyDecorators, Type as ClassType } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { registerDecorator, ValidateNested } from 'class-validator';
import { MAX_IMPORT_ROWS } from '../domain/import-limits';

function itemsRule(name: string, type: string, message: string, check: (value: unknown) => boolean): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyKey as string,
      options: { message, context: { type } },
      validator: { validate: (value: unknown) => check(value) },
    });
}

/**
 * The required `items` list of an import: each element validated as `item`, so a bad row is
 * reported at `["body","items",<index>,<field>]`. The row limit itself is enforced before
 * validation (413, see `ImportRowLimitGuard`); here it is documented.
 */
export function ImportItemsField(item: ClassType<object>): PropertyDecorator {
  return applyDecorators(
    itemsRule('isPresent', 'missing', 'Field required', (value) => value !== undefined),
    itemsRule('isArray', 'list_type', 'Input should be a valid list', (value) => Array.isArray(value)),
    ValidateNested({ each: true, message: 'Input should be a valid dictionary or object', context: { type: 'model_attributes_type' } }),
    Type(() => item),
    ApiProperty({
      type: [item],
      maxItems: MAX_IMPORT_ROWS,
      description: `At most ${MAX_IMPORT_ROWS} rows per request (more → 413). May be empty.`,
    }),
  );
}
