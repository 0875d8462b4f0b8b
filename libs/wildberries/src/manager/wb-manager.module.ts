import { Module } from '@nestjs/common';
import { WbShipmentsModule } from '../shipments';
import { DashboardRowsReader } from './application/dashboard-rows.reader';
import { OnlineDashboardService } from './application/online-dashboard.service';
import { ReplenishmentProposalService } from './application/replenishment-proposal.service';
import { ShipmentFromProposalService } from './application/shipment-from-proposal.service';
import { WbManagerController } from './http/wb-manager.controller';
import { ShipmentCreationRepository } from './persistence/shipment-creation.repository';
import { WbManagerFiguresRepository } from './persistence/wb-manager-figures.repository';

/** The WB manager's online dashboard, the replenishment proposal and shipment creation from it (04 §5.1–5.4). */
@Module({
  imports: [WbShipmentsModule],
  controllers: [WbManagerController],
  providers: [
    WbManagerFiguresRepository,
    ShipmentCreationRepository,
    DashboardRowsReader,
    OnlineDashboardService,
    ReplenishmentProposalService,
    ShipmentFromProposalService,
  ],
  exports: [ReplenishmentProposalService],
})
export class WbManagerModule {}
