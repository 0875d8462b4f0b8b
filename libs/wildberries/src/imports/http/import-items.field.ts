import { applyDecorators, Type as ClassType } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { registerDecorator } from 'class-validator';
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
 * The required `items` list of an import, documented as a list of `item`. The rows themselves are
 * validated by `ImportBodyPipe`; the row limit is enforced before validation (413, see
 * `ImportRowLimitGuard`) and documented here.
 */
export function ImportItemsField(item: ClassType<object>): PropertyDecorator {
  return applyDecorators(
    itemsRule('isPresent', 'missing', 'Field required', (value) => value !== undefined),
    itemsRule('isArray', 'list_type', 'Input should be a valid list', (value) => Array.isArray(value)),
    ApiProperty({
      type: [item],
      maxItems: MAX_IMPORT_ROWS,
      description: `At most ${MAX_IMPORT_ROWS} rows per request (more → 413). May be empty.`,
    }),
  );
}
