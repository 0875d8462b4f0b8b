import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow } from 'class-validator';
import { DateTimeField, parseIsoDateTime, QueryInt } from '@supply-brain/common';

const single = (value: unknown): unknown => (Array.isArray(value) ? value[value.length - 1] : value);

/** An ISO-8601 instant in the query (no offset = UTC), delivered as a `Date`; anything else → 422 at its `loc`. */
function QueryDateTime(description: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      const text = single(value);
      return typeof text === 'string' ? (parseIsoDateTime(text) ?? text) : text;
    }),
    DateTimeField({ description }),
    ApiPropertyOptional({ type: String, format: 'date-time', description }),
  );
}

abstract class RecordRangeQuery {
  @QueryDateTime('Only records created at or after this instant')
  from?: Date;

  @QueryDateTime('Only records created at or before this instant')
  to?: Date;
}

export class HistoryQuery extends RecordRangeQuery {
  @QueryInt({ min: 1, max: 365, default: 30, description: 'Most records returned, newest first' })
  limit?: number;
}

export class TimeseriesQuery extends RecordRangeQuery {
  @QueryInt({ min: 1, max: 365, default: 30, description: 'Snapshot records read (not points)' })
  limit?: number;

  /** Absent stays undefined (→ 400); every occurrence is one id, commas are never split. */
  @Transform(({ value }) => (value === undefined ? undefined : (Array.isArray(value) ? value : [value]).map(String)))
  @Allow()
  @ApiProperty({ required: true, type: String, isArray: true, description: 'Catalog metric ids (repeat the parameter)' })
  metrics?: string[];
}

export class RiskFocusQuery {
  @QueryInt({ min: 1, max: 100, default: 20, description: 'Most entries returned' })
  limit?: number;
}
