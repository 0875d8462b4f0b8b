import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, PublicRoute } from '@supply-brain/common';

export class RootStatusResponse {
  @ApiProperty({ example: 'ok' })
  status: string;

  @ApiProperty({ example: 'MACONLY backend running' })
  message: string;
}

@ApiTags('root')
@PublicRoute()
@Controller()
export class RootController {
  @Get()
  @ApiOperation({ operationId: 'getRootStatus', summary: 'Liveness banner kept from the original service' })
  @ApiOkResponse({ type: RootStatusResponse })
  @ApiErrorResponses()
  status(): RootStatusResponse {
    return { status: 'ok', message: 'MACONLY backend running' };
  }
}
