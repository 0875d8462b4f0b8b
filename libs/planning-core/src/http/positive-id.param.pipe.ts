import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { IdParamPipe, parseIntegerText, UnprocessableError } from '@supply-brain/common';

/** Path `article_id`: an integer ≥ 1 (0 or negative → 422); beyond 32 bits it names no row (404). */
@Injectable()
export class ArticleIdParamPipe implements PipeTransform<string, number> {
  private readonly ids = new IdParamPipe();

  transform(value: string, metadata: ArgumentMetadata): number {
    const parsed = parseIntegerText(value);
    if (parsed !== undefined && parsed < 1) {
      throw UnprocessableError.single(['path', metadata.data ?? 'article_id'], 'Input should be greater than or equal to 1', 'greater_than_equal', value);
    }
    return this.ids.transform(value, metadata);
  }
}
