import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Type } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, BodyType, IdParamPipe, RequireRole, Role } from '@supply-brain/common';
import { IntegrationAccountsService, MoyskladAccountsService, WbAccountsService } from '../application/integration-accounts.service';
import {
  CreateMoyskladAccountRequest,
  CreateWbAccountRequest,
  UpdateMoyskladAccountRequest,
  UpdateWbAccountRequest,
} from './dto/integration-account.request';
import { MoyskladAccountResponse, WbAccountResponse } from './dto/integration-account.response';
import {
  AccountResponse,
  CreateAccountBody,
  ExternalIdField,
  toAccountChanges,
  toAccountResponse,
  toNewAccount,
  UpdateAccountBody,
} from './integration-account.mapper';

interface AccountEndpoints {
  path: string;
  /** `WbAccount` gives the operation ids listWbAccounts, getWbAccount, createWbAccount, … */
  noun: string;
  label: string;
  externalIdField: ExternalIdField;
  service: Type<IntegrationAccountsService>;
  createRequest: Type<object>;
  updateRequest: Type<object>;
  response: Type<object>;
}

/** The CRUD routes of one account kind; WB and MoySklad accounts differ only in the parts given. */
function integrationAccountsController(endpoints: AccountEndpoints): Type<unknown> {
  const { noun, label, externalIdField: field } = endpoints;

  @ApiTags('integrations')
  @RequireRole(Role.Admin)
  @Controller(endpoints.path)
  class IntegrationAccountsController {
    constructor(@Inject(endpoints.service) private readonly accounts: IntegrationAccountsService) {}

    @Get()
    @ApiOperation({ operationId: `list${noun}s`, summary: `All ${label} accounts, ascending id` })
    @ApiOkResponse({ type: [endpoints.response] })
    @ApiErrorResponses()
    async list(): Promise<AccountResponse[]> {
      return (await this.accounts.list()).map((account) => toAccountResponse(account, field));
    }

    @Get(':id')
    @ApiOperation({ operationId: `get${noun}`, summary: `One ${label} account` })
    @ApiOkResponse({ type: endpoints.response })
    @ApiErrorResponses(404, 422)
    async get(@Param('id', IdParamPipe) id: number): Promise<AccountResponse> {
      return toAccountResponse(await this.accounts.get(id), field);
    }

    @Post()
    @ApiOperation({ operationId: `create${noun}`, summary: `Add a ${label} account` })
    @ApiBody({ type: endpoints.createRequest })
    @ApiCreatedResponse({ type: endpoints.response })
    @ApiErrorResponses(422)
    @BodyType(endpoints.createRequest)
    async create(@Body() body: CreateAccountBody): Promise<AccountResponse> {
      return toAccountResponse(await this.accounts.create(toNewAccount(body, field)), field);
    }

    @Patch(':id')
    @ApiOperation({ operationId: `update${noun}`, summary: `Change the fields given of a ${label} account` })
    @ApiBody({ type: endpoints.updateRequest })
    @ApiOkResponse({ type: endpoints.response })
    @ApiErrorResponses(404, 422)
    @BodyType(endpoints.updateRequest, Number)
    async update(@Param('id', IdParamPipe) id: number, @Body() body: UpdateAccountBody): Promise<AccountResponse> {
      return toAccountResponse(await this.accounts.update(id, toAccountChanges(body, field)), field);
    }

    @Delete(':id')
    @HttpCode(204)
    @ApiOperation({ operationId: `delete${noun}`, summary: `Remove a ${label} account` })
    @ApiNoContentResponse()
    @ApiErrorResponses(404, 422)
    async delete(@Param('id', IdParamPipe) id: number): Promise<void> {
      await this.accounts.delete(id);
    }
  }

  Object.defineProperty(IntegrationAccountsController, 'name', { value: `${noun}sController` });
  return IntegrationAccountsController;
}

export const WbAccountsController = integrationAccountsController({
  path: 'integrations/wb-accounts',
  noun: 'WbAccount',
  label: 'Wildberries',
  externalIdField: 'supplier_id',
  service: WbAccountsService,
  createRequest: CreateWbAccountRequest,
  updateRequest: UpdateWbAccountRequest,
  response: WbAccountResponse,
});

export const MoyskladAccountsController = integrationAccountsController({
  path: 'integrations/moysklad-accounts',
  noun: 'MoyskladAccount',
  label: 'MoySklad',
  externalIdField: 'account_id',
  service: MoyskladAccountsService,
  createRequest: CreateMoyskladAccountRequest,
  updateRequest: UpdateMoyskladAccountRequest,
  response: MoyskladAccountResponse,
});
