import { applyDecorators } from '@nestjs/common';
import { NumberField } from '@supply-brain/common';
import { registerDecorator } from 'class-validator';

/** `NUMERIC(12,2)` holds magnitudes below 10^10 once rounded to cents. */
const REVENUE_LIMIT = 9_999_999_999.995;

/** Revenue of a sales row: optional, nullable, within the column's range (else 422, not a database error). */
export function RevenueField(): PropertyDecorator {
  const withinColumn: PropertyDecorator = (target, propertyKey) =>
    registerDecorator({
      name: 'revenueRange',
      target: target.constructor,
      propertyName: propertyKey as string,
      options: { message: 'Input should be less than 10000000000 in absolute value', context: { type: 'less_than' } },
      validator: { validate: (value: unknown) => typeof value === 'number' && Math.abs(value) < REVENUE_LIMIT },
    });
  return applyDecorators(
    NumberField({ nullable: true, description: 'Revenue, rounded to 2 decimals when stored; default null' }),
    withinColumn,
  );
}
