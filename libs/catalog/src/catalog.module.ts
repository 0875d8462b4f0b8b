import { Module } from '@nestjs/common';

/** Catalog & settings: master data CRUD, planning configuration snapshots, integration accounts. */
@Module({
  imports: [],
})
export class CatalogModule {}
