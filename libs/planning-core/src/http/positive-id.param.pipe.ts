import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { IdParamPipe, parseIntegerText, UnprocessableError } from '@supply-brain/common';

/** A path id (`article_id`, `proposal_id`, …): an integer ≥ 1 (0 or negative → 422); beyond 32 bits it names no row (404). */
@Injectable()
export class PositiveIdParamPipe implements PipeTransform<string, number> {
  private readonly ids = new IdParamPipe();

  transform(value: string, metadata: ArgumentMetadata): number {
    const parsed = parseIntegerText(value);
    if (parsed !== undefined && parsed < 1) {
      throw UnprocessableError.single(['path', metadata.data ?? 'id'], 'Input should be greater than or equal to 1', 'greater_than_equal', value);
    }
    return this.ids.transform(value, metadata);
  }
}
