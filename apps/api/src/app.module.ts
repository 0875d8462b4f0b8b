import { Module } from '@nestjs/common';
import { AppConfigModule } from '@supply-brain/common';
import { CatalogModule } from '@supply-brain/catalog';
import { DatabaseModule } from '@supply-brain/database';
import { RootController } from './root/root.controller';

@Module({
  imports: [AppConfigModule, DatabaseModule, CatalogModule],
  controllers: [RootController],
})
export class AppModule {}
