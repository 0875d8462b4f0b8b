import { Module } from '@nestjs/common';
import { ShipmentEditorService } from './application/shipment-editor.service';
import { ShipmentReaderService } from './application/shipment-reader.service';
import { ShipmentsController } from './http/shipments.controller';
import { ShipmentReadRepository } from './persistence/shipment-read.repository';
import { ShipmentWriteRepository } from './persistence/shipment-write.repository';

/** The WB shipment editor: reads, header and item edits with the status machine (spec 04 §3.6–3.15). */
@Module({
  controllers: [ShipmentsController],
  providers: [ShipmentReaderService, ShipmentEditorService, ShipmentReadRepository, ShipmentWriteRepository],
  exports: [ShipmentReaderService],
})
export class WbShipmentsModule {}
