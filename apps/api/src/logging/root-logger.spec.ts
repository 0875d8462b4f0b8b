import { Writable } from 'node:stream';
import { createRootLogger } from './root-logger';

function capture(): { stream: Writable; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}

describe('root logger', () => {
  it('redacts credentials and token fields in any object it logs', () => {
    const { stream, lines } = capture();
    const logger = createRootLogger({ level: 'log', format: 'json', destination: stream });
    logger.info(
      {
        req: { headers: { authorization: 'Bearer sb_secret1', 'x-api-key': 'sb_secret2', accept: 'application/json' } },
        account: { name: 'WB', api_token: 'tok-secret3' },
        api_token: 'tok-secret4',
        token: 'tok-secret5',
      },
      'something happened',
    );
    const [entry] = lines.map((line) => JSON.parse(line));
    expect(entry).toMatchObject({
      level: 'info',
      msg: 'something happened',
      req: { headers: { authorization: '[redacted]', 'x-api-key': '[redacted]', accept: 'application/json' } },
      account: { name: 'WB', api_token: '[redacted]' },
      api_token: '[redacted]',
      token: '[redacted]',
    });
    expect(lines.join('\n')).not.toMatch(/secret\d/);
  });

  it('LOG_LEVEL maps onto pino levels: warn drops info', () => {
    const { stream, lines } = capture();
    const logger = createRootLogger({ level: 'warn', format: 'json', destination: stream });
    logger.info('hidden');
    logger.warn('shown');
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['shown']);
  });

  it('LOG_FORMAT=pretty writes readable lines instead of JSON', () => {
    const { stream, lines } = capture();
    createRootLogger({ level: 'log', format: 'pretty', destination: stream }).info('hello pretty');
    expect(lines.join('\n')).toContain('hello pretty');
    expect(() => JSON.parse(lines[0])).toThrow();
  });
});
