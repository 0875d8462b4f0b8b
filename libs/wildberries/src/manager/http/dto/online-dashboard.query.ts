import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { DateField } from '@supply-brain/common';
import { QueryIdList } from './id-list.field';

/** A required `YYYY-MM-DD` query parameter (the last occurrence when repeated). */
function RequiredQueryDate(description: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? value[value.length - 1] : value)),
    DateField({ required: true, description }),
  );
}

export class WbManagerOnlineQuery {
  @RequiredQueryDate('Last day (inclusive) of the 30/7/1-day sales windows')
  target_date: string;

  @QueryIdList('article_ids', 'Only these articles (repeat the parameter); absent or empty means all')
  article_ids?: number[];
}
