import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { API_PREFIX, ROUTES_OUTSIDE_PREFIX } from '../configure-app';
import { buildOpenApiDocument } from './setup-openapi';

/**
 * The document without a database or configuration: preview mode wires the modules but
 * instantiates no provider. The prefix is applied as `configureApp` applies it, so the result
 * equals what GET /openapi.json serves.
 */
export async function buildOpenApiDocumentOffline(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule, { preview: true, logger: ['error', 'fatal'], abortOnError: false });
  try {
    app.setGlobalPrefix(API_PREFIX, { exclude: ROUTES_OUTSIDE_PREFIX });
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
