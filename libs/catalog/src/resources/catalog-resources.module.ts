import { Module } from '@nestjs/common';
import { CatalogCrudService } from './application/catalog-crud.service';
import { CATALOG_RESOURCES } from './definitions';
import { createCatalogController } from './http/catalog-controller.factory';
import { CatalogRowsRepository } from './persistence/catalog-rows.repository';

/** CRUD for the nine master-data resources: article, color, size, sku-unit, bundle-type, bundle-recipe, warehouse, stock-balance, planning-settings. */
@Module({
  controllers: CATALOG_RESOURCES.map((definition) => createCatalogController(definition)),
  providers: [CatalogCrudService, CatalogRowsRepository],
})
export class CatalogResourcesModule {}
