import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@supply-brain/common';
import { AppModule } from './app.module';
import { APP_OPTIONS, configureApp } from './configure-app';

async function bootstrap(): Promise<void> {
  const startedAt = Date.now();
  const app = configureApp(await NestFactory.create(AppModule, APP_OPTIONS));
  const port = app.get(AppConfig).get('PORT');
  await app.listen(port);
  new Logger('Bootstrap').log(`Supply Brain listening on port ${port} (started in ${Date.now() - startedAt} ms)`);
}

void bootstrap();
