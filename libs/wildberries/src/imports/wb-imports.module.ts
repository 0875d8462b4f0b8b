import { Module } from '@nestjs/common';
import { WbImportsService } from './application/wb-imports.service';
import { WbImportsController } from './http/wb-imports.controller';
import { WbImportsRepository } from './persistence/wb-imports.repository';

/** The WB sales, stock and article-mapping imports (04 §3.1–3.3). */
@Module({
  controllers: [WbImportsController],
  providers: [WbImportsService, WbImportsRepository],
})
export class WbImportsModule {}
