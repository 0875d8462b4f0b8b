import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { DateField, QueryDate, QueryId, QueryInt, QueryString } from '@supply-brain/common';

export class ShipmentListQuery {
  @QueryString({ description: 'Exact status; an unknown value matches nothing' })
  status?: string;

  @QueryId({ description: 'Shipments with at least one item of this article (all their items are returned)' })
  article_id?: number;

  @QueryDate({ description: 'target_date on or after this date' })
  date_from?: string;

  @QueryDate({ description: 'target_date on or before this date' })
  date_to?: string;
}

export class ShipmentHeadersQuery extends ShipmentListQuery {
  @QueryString({ description: "One of 'id', 'created_at', 'updated_at', 'target_date', 'wb_arrival_date', 'status'" })
  @ApiPropertyOptional({ default: 'created_at' })
  sort_by?: string;

  @QueryString({ description: "'asc' or 'desc', case-insensitive; ties are broken by id in the same direction" })
  @ApiPropertyOptional({ default: 'desc' })
  sort_dir?: string;

  @QueryInt({ min: 1, max: 500, default: 50 })
  limit?: number;

  @QueryInt({ min: 0, default: 0 })
  offset?: number;
}

/** A required date in the query string (the shared `QueryDate` is optional). */
function RequiredQueryDate(description: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value[value.length - 1] : value)),
    DateField({ required: true, description }),
  );
}

export class ShipmentPresetQuery {
  @RequiredQueryDate('The planned dispatch day the suggestions are for')
  target_date: string;
}
