import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { IntegrationsSnapshotService } from '../application/integrations-snapshot.service';
import { IntegrationsConfigSnapshotResponse } from './dto/integrations-snapshot.response';
import { toIntegrationsSnapshotResponse } from './integration-account.mapper';

@ApiTags('planning-config')
@RequireRole(Role.Reader)
@Controller('planning/integrations')
export class IntegrationsSnapshotController {
  constructor(private readonly integrations: IntegrationsSnapshotService) {}

  @Get('config-snapshot')
  @ApiOperation({
    operationId: 'getIntegrationsConfigSnapshot',
    summary: 'Every WB and MoySklad account with its name, external id and activity; never a token',
  })
  @ApiOkResponse({ type: IntegrationsConfigSnapshotResponse })
  @ApiErrorResponses()
  async getSnapshot(): Promise<IntegrationsConfigSnapshotResponse> {
    return toIntegrationsSnapshotResponse(await this.integrations.snapshot());
  }
}
