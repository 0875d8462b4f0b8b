import { UnprocessableError } from '@supply-brain/common';
import { parseIfUnmodifiedSince } from './if-unmodified-since';

describe('If-Unmodified-Since parsing', () => {
  it('absent header means no precondition', () => {
    expect(parseIfUnmodifiedSince(undefined)).toBeUndefined();
  });

  it('the API timestamp is read at millisecond precision', () => {
    expect(parseIfUnmodifiedSince('2025-01-01T07:00:00.123Z')).toEqual({
      instant: new Date('2025-01-01T07:00:00.123Z'),
      precision: 'millisecond',
    });
  });

  it('an HTTP-date is read at second precision', () => {
    expect(parseIfUnmodifiedSince('Wed, 01 Jan 2025 07:00:05 GMT')).toEqual({
      instant: new Date('2025-01-01T07:00:05.000Z'),
      precision: 'second',
    });
  });

  it.each(['yesterday', '', 'Wed, 32 Jan 2025 07:00:05 GMT', '2025-02-30T00:00:00Z'])('%p is a 422 on the header', (text) => {
    try {
      parseIfUnmodifiedSince(text);
      throw new Error('expected a 422');
    } catch (error) {
      expect(error).toBeInstanceOf(UnprocessableError);
      expect((error as UnprocessableError).issues[0].loc).toEqual(['header', 'If-Unmodified-Since']);
    }
  });
});
