import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { DateField, IntField, isInt32, NO_SUCH_ID, parseIntegerText } from '@supply-brain/common';

/*
 * Required query parameters. The shared Query* decorators declare optional ones; these parse the
 * same way (sign + digits, YYYY-MM-DD, last occurrence wins) but answer 422 `missing` when absent.
 */

const single = (value: unknown): unknown => (Array.isArray(value) ? value[value.length - 1] : value);

/** A required id: beyond 32 bits it names no row, so it is answered like an unknown id. */
export function RequiredQueryId(description: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      const text = single(value);
      const parsed = typeof text === 'string' ? parseIntegerText(text) : undefined;
      if (parsed === undefined) return text;
      return isInt32(parsed) ? parsed : NO_SUCH_ID;
    }),
    IntField({ required: true, description }),
  );
}

/** A required 32-bit integer that is a quantity, not an id. */
export function RequiredQueryInt(description: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      const text = single(value);
      return typeof text === 'string' ? parseIntegerText(text) ?? text : text;
    }),
    IntField({ required: true, description }),
  );
}

export function RequiredQueryDate(description: string): PropertyDecorator {
  return applyDecorators(Transform(({ value }) => single(value)), DateField({ required: true, description }));
}
