import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { IdParamPipe, parseIntegerText, UnprocessableError } from '@supply-brain/common';

/**
 * The dashboard's `article_id` must be ≥ 1 (02 §3.9: 0 is a 422, not a 404); otherwise it is parsed
 * like every path id (beyond 32 bits it names no row and answers 404).
 */
@Injectable()
export class PositiveArticleIdPipe implements PipeTransform<string, number> {
  private readonly ids = new IdParamPipe();

  transform(value: string, metadata: ArgumentMetadata): number {
    const parsed = parseIntegerText(value);
    if (parsed !== undefined && parsed < 1) {
      throw UnprocessableError.single(['path', metadata.data ?? 'article_id'], 'Input should be greater than or equal to 1', 'greater_than_equal', value);
    }
    return this.ids.transform(value, metadata);
  }
}
