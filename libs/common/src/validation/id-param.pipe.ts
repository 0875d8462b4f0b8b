import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { UnprocessableError } from '../errors/domain-errors';
import { isInt32, parseIntegerText } from './text-parsers';

/**
 * Path ids: sign + digits, else 422 `int_parsing` at `["path", name]`. An integer outside the
 * 32-bit range can name no row, so it becomes `NO_SUCH_ID` and the lookup answers 404 as for
 * any unknown id (conventions §2).
 */
export const NO_SUCH_ID = 0;

@Injectable()
export class IdParamPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const parsed = parseIntegerText(value);
    if (parsed === undefined) {
      throw UnprocessableError.single(
        ['path', metadata.data ?? 'id'],
        'Input should be a valid integer, unable to parse string as an integer',
        'int_parsing',
        value,
      );
    }
    return isInt32(parsed) ? parsed : NO_SUCH_ID;
  }
}
