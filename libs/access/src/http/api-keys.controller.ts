import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, IdParamPipe, RequireRole, Role } from '@supply-brain/common';
import { ApiKeysService } from '../application/api-keys.service';
import { toApiKeyResponse, toCreatedApiKeyResponse } from './api-key.mapper';
import { CreateApiKeyRequest } from './dto/api-key.request';
import { ApiKeyResponse, CreatedApiKeyResponse } from './dto/api-key.response';

@ApiTags('admin')
@RequireRole(Role.Admin)
@Controller('admin/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ operationId: 'createApiKey', summary: 'Issue a key; the answer is the only time the key is shown' })
  @ApiCreatedResponse({ type: CreatedApiKeyResponse })
  @ApiErrorResponses(409, 422)
  async create(@Body() body: CreateApiKeyRequest): Promise<CreatedApiKeyResponse> {
    return toCreatedApiKeyResponse(await this.keys.create(body.name, body.role));
  }

  @Get()
  @ApiOperation({ operationId: 'listApiKeys', summary: 'Every key, revoked ones included, ascending id; never the keys themselves' })
  @ApiOkResponse({ type: ApiKeyResponse, isArray: true })
  @ApiErrorResponses()
  async list(): Promise<ApiKeyResponse[]> {
    return (await this.keys.list()).map(toApiKeyResponse);
  }

  @Delete(':id')
  @ApiOperation({ operationId: 'revokeApiKey', summary: 'Revoke a key; it stops working on the next request (revoking twice keeps the first time)' })
  @ApiOkResponse({ type: ApiKeyResponse })
  @ApiErrorResponses(404, 422)
  async revoke(@Param('id', IdParamPipe) id: number): Promise<ApiKeyResponse> {
    return toApiKeyResponse(await this.keys.revoke(id));
  }
}
