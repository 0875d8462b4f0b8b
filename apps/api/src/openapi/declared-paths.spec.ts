import type { OpenAPIObject } from '@nestjs/swagger';
import { TRAILING_SLASH_EXTENSION } from '@supply-brain/common';
import { applyDeclaredTrailingSlashes } from './declared-paths';

const marked = (operationId: string) => ({ operationId, responses: {}, [TRAILING_SLASH_EXTENSION]: true });
const plain = (operationId: string) => ({ operationId, responses: {} });

function documentWith(paths: Record<string, unknown>): OpenAPIObject {
  return { openapi: '3.0.0', info: { title: 't', version: '1' }, paths } as OpenAPIObject;
}

describe('applyDeclaredTrailingSlashes', () => {
  it('marked collection operations move to the slashed path, item routes stay, order is kept', () => {
    const result = applyDeclaredTrailingSlashes(
      documentWith({
        '/api/v1/article': { get: marked('listArticles'), post: marked('createArticle') },
        '/api/v1/article/{id}': { get: plain('getArticle') },
        '/api/v1/planning/monitoring/alert-rules': { get: plain('listAlertRules') },
      }),
    );
    expect(Object.keys(result.paths)).toEqual(['/api/v1/article/', '/api/v1/article/{id}', '/api/v1/planning/monitoring/alert-rules']);
    expect(result.paths['/api/v1/article/']).toEqual({ get: plain('listArticles'), post: plain('createArticle') });
  });

  it('only the marked operations of a path move; the marker never reaches the document', () => {
    const result = applyDeclaredTrailingSlashes(documentWith({ '/api/v1/x': { get: marked('listX'), delete: plain('clearX') } }));
    expect(result.paths).toEqual({ '/api/v1/x': { delete: plain('clearX') }, '/api/v1/x/': { get: plain('listX') } });
    expect(JSON.stringify(result)).not.toContain(TRAILING_SLASH_EXTENSION);
  });

  it('a document without markers is unchanged', () => {
    const paths = { '/': { get: plain('getRootStatus') }, '/health/ready': { get: plain('getReadiness') } };
    expect(applyDeclaredTrailingSlashes(documentWith(paths)).paths).toEqual(paths);
  });
});
