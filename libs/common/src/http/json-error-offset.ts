/**
 * The character offset at which a JSON text stops being valid — what the 422 `json_invalid` issue
 * reports in `loc` (Node's own parser no longer says where it failed). Returns -1 for valid text.
 */
export function jsonErrorOffset(text: string): number {
  let position = 0;

  const fail = (): never => {
    throw position;
  };
  const skipWhitespace = (): void => {
    while (position < text.length && ' \t\n\r'.includes(text[position])) position++;
  };
  const expectLiteral = (literal: string): void => {
    if (text.startsWith(literal, position)) position += literal.length;
    else fail();
  };
  const parseString = (): void => {
    position++; // opening quote
    while (position < text.length) {
      const char = text[position];
      if (char === '"') {
        position++;
        return;
      }
      if (char === '\\') {
        const escape = text[position + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(position + 2, position + 6))) fail();
          position += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
          position += 2;
        } else {
          fail();
        }
      } else if (char < ' ') {
        fail();
      } else {
        position++;
      }
    }
    fail();
  };
  const parseNumber = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(position));
    if (!match) fail();
    position += match![0].length;
  };
  const parseValue = (): void => {
    skipWhitespace();
    const char = text[position];
    if (char === '{') parseContainer('}', true);
    else if (char === '[') parseContainer(']', false);
    else if (char === '"') parseString();
    else if (char === 't') expectLiteral('true');
    else if (char === 'f') expectLiteral('false');
    else if (char === 'n') expectLiteral('null');
    else if (char === '-' || (char >= '0' && char <= '9')) parseNumber();
    else fail();
  };
  const parseContainer = (close: string, isObject: boolean): void => {
    position++;
    skipWhitespace();
    if (text[position] === close) {
      position++;
      return;
    }
    for (;;) {
      if (isObject) {
        skipWhitespace();
        if (text[position] !== '"') fail();
        parseString();
        skipWhitespace();
        if (text[position] !== ':') fail();
        position++;
      }
      parseValue();
      skipWhitespace();
      if (text[position] === ',') {
        position++;
        continue;
      }
      if (text[position] === close) {
        position++;
        return;
      }
      fail();
    }
  };

  try {
    parseValue();
    skipWhitespace();
    if (position < text.length) fail();
    return -1;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}
