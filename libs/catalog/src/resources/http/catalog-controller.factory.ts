import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Type } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, BodyType, DeclaredWithTrailingSlash, IdParamPipe, RequireRole, Role } from '@supply-brain/common';
import { CatalogCrudService } from '../application/catalog-crud.service';
import { CatalogResourceDefinition } from '../definitions/resource-definition';

/**
 * The six CRUD routes of one catalog resource. Built from its definition so the nine resources
 * share one implementation while keeping their own paths, tags, operationIds and named schemas.
 */
export function createCatalogController(definition: CatalogResourceDefinition): Type<unknown> {
  const { one, many } = definition.names;
  const { create: CreateBody, patch: PatchBody, read: ReadBody } = definition.dto;

  @ApiTags(definition.tag)
  @RequireRole(Role.Reader)
  @Controller(definition.path)
  class CatalogResourceController {
    constructor(private readonly crud: CatalogCrudService) {}

    @Get()
    @DeclaredWithTrailingSlash()
    @ApiOperation({ operationId: `list${many}`, summary: `All ${many}, by ascending id` })
    @ApiOkResponse({ type: ReadBody, isArray: true })
    @ApiErrorResponses()
    list(): Promise<unknown[]> {
      return this.crud.list(definition);
    }

    @Get(':id')
    @ApiOperation({ operationId: `get${one}`, summary: `One ${one}` })
    @ApiOkResponse({ type: ReadBody })
    @ApiErrorResponses(404, 422)
    get(@Param('id', IdParamPipe) id: number): Promise<unknown> {
      return this.crud.get(definition, id);
    }

    @RequireRole(Role.Planner)
    @Post()
    @DeclaredWithTrailingSlash()
    @HttpCode(201)
    @ApiOperation({ operationId: `create${one}`, summary: `Create a ${one}` })
    @ApiBody({ type: CreateBody })
    @ApiCreatedResponse({ type: ReadBody })
    @ApiErrorResponses(409, 422)
    @BodyType(CreateBody)
    create(@Body() body: object): Promise<unknown> {
      return this.crud.create(definition, body);
    }

    @RequireRole(Role.Planner)
    @Put(':id')
    @ApiOperation({ operationId: `replace${one}`, summary: `Replace every writable field of a ${one}` })
    @ApiBody({ type: CreateBody })
    @ApiOkResponse({ type: ReadBody })
    @ApiErrorResponses(404, 409, 422)
    @BodyType(CreateBody, Number)
    replace(@Param('id', IdParamPipe) id: number, @Body() body: object): Promise<unknown> {
      return this.crud.replace(definition, id, body);
    }

    @RequireRole(Role.Planner)
    @Patch(':id')
    @ApiOperation({ operationId: `update${one}`, summary: `Change the fields present in the body of a ${one}` })
    @ApiBody({ type: PatchBody })
    @ApiOkResponse({ type: ReadBody })
    @ApiErrorResponses(404, 409, 422)
    @BodyType(PatchBody, Number)
    update(@Param('id', IdParamPipe) id: number, @Body() body: object): Promise<unknown> {
      return this.crud.update(definition, id, body);
    }

    @RequireRole(Role.Planner)
    @Delete(':id')
    @HttpCode(204)
    @ApiOperation({ operationId: `delete${one}`, summary: `Delete a ${one} that nothing references` })
    @ApiNoContentResponse({ description: 'Deleted' })
    @ApiErrorResponses(404, 409, 422)
    remove(@Param('id', IdParamPipe) id: number): Promise<void> {
      return this.crud.remove(definition, id);
    }
  }

  Object.defineProperty(CatalogResourceController, 'name', { value: `${one}Controller` });
  return CatalogResourceController;
}
