import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { PlanningConfigService } from '../application/planning-config.service';
import { toConfigSnapshotResponse } from './config-snapshot.mapper';
import { ConfigSnapshotQuery } from './dto/config-snapshot.query';
import { PlanningConfigSnapshotResponse } from './dto/config-snapshot.response';

@ApiTags('planning-config')
@RequireRole(Role.Reader)
@Controller('planning')
export class PlanningConfigController {
  constructor(private readonly planningConfig: PlanningConfigService) {}

  @Get('config-snapshot')
  @ApiOperation({
    operationId: 'getPlanningConfigSnapshot',
    summary: 'Planning configuration of one article, or of every article whose planning settings are active',
  })
  @ApiOkResponse({ type: PlanningConfigSnapshotResponse })
  @ApiErrorResponses(404, 422)
  async getSnapshot(@Query() query: ConfigSnapshotQuery): Promise<PlanningConfigSnapshotResponse> {
    return toConfigSnapshotResponse(await this.planningConfig.snapshot(query.article_id));
  }
}
