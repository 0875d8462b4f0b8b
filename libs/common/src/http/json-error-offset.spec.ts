import { jsonErrorOffset } from './json-error-offset';

describe('jsonErrorOffset', () => {
  it('is -1 for valid JSON of every kind', () => {
    for (const text of ['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"]}', ' 5 ', '"s"']) {
      expect(jsonErrorOffset(text)).toBe(-1);
    }
  });

  it('points at the missing value after a colon', () => {
    expect(jsonErrorOffset('{"a":}')).toBe(5);
  });

  it('points at a trailing comma’s closing brace', () => {
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
  });

  it('points past the end of truncated input', () => {
    expect(jsonErrorOffset('{"a":1')).toBe(6);
  });

  it('points at garbage after a complete value', () => {
    expect(jsonErrorOffset('{} x')).toBe(3);
  });

  it('points at an unquoted key', () => {
    expect(jsonErrorOffset('{a:1}')).toBe(1);
  });
});
