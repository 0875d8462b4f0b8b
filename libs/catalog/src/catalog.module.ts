import { Module } from '@nestjs/common';
import { CatalogResourcesModule } from './resources';

/** Catalog & settings: master data CRUD, planning configuration snapshots, integration accounts. */
@Module({
  imports: [CatalogResourcesModule],
})
export class CatalogModule {}
