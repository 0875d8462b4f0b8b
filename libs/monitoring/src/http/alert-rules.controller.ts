import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, IdParamPipe, RequireRole, Role } from '@supply-brain/common';
import { AlertRulesService } from '../application/alert-rules.service';
import { NewAlertRule } from '../domain/alert-rules';
import { AlertRuleResponse, CreateAlertRuleRequest, SeedAlertRulesResponse, UpdateAlertRuleRequest } from './dto/alert-rule.dto';
import { AlertRulesResponse } from './dto/status.dto';
import { toRuleResponse } from './monitoring.mapper';

function toChanges(body: UpdateAlertRuleRequest): Partial<NewAlertRule> {
  return {
    name: body.name,
    metric: body.metric,
    thresholdType: body.threshold_type,
    thresholdValue: body.threshold_value,
    severity: body.severity,
    isActive: body.is_active,
  };
}

/** Alert-rule CRUD and the baseline seed (03 §1.11–1.15). */
@ApiTags('monitoring')
@Controller('planning/monitoring/alert-rules')
@RequireRole(Role.Planner)
export class AlertRulesController {
  constructor(private readonly rules: AlertRulesService) {}

  @Get()
  @RequireRole(Role.Reader)
  @ApiOperation({ operationId: 'listMonitoringAlertRules', summary: 'Every alert rule, ascending id' })
  @ApiOkResponse({ type: AlertRulesResponse })
  @ApiErrorResponses()
  async list(): Promise<AlertRulesResponse> {
    return { items: (await this.rules.list()).map(toRuleResponse) };
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ operationId: 'createMonitoringAlertRule', summary: 'Add an alert rule (200, as the original)' })
  @ApiOkResponse({ type: AlertRuleResponse })
  @ApiErrorResponses(422)
  async create(@Body() body: CreateAlertRuleRequest): Promise<AlertRuleResponse> {
    const rule = await this.rules.create({
      name: body.name,
      metric: body.metric,
      thresholdType: body.threshold_type,
      thresholdValue: body.threshold_value,
      severity: body.severity,
      isActive: body.is_active ?? true,
    });
    return toRuleResponse(rule);
  }

  @Post('seed')
  @HttpCode(200)
  @RequireRole(Role.Admin)
  @ApiOperation({ operationId: 'seedMonitoringAlertRules', summary: 'Create the missing baseline rules' })
  @ApiOkResponse({ type: SeedAlertRulesResponse })
  @ApiErrorResponses()
  async seed(): Promise<SeedAlertRulesResponse> {
    const result = await this.rules.seed();
    return { created_ids: result.createdIds, skipped_ids: result.skippedIds };
  }

  @Patch(':rule_id')
  @ApiOperation({ operationId: 'updateMonitoringAlertRule', summary: 'Change the fields present in the body' })
  @ApiOkResponse({ type: AlertRuleResponse })
  @ApiErrorResponses(404, 422)
  async update(@Param('rule_id', IdParamPipe) ruleId: number, @Body() body: UpdateAlertRuleRequest): Promise<AlertRuleResponse> {
    return toRuleResponse(await this.rules.update(ruleId, toChanges(body)));
  }

  @Delete(':rule_id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteMonitoringAlertRule', summary: 'Delete an alert rule' })
  @ApiNoContentResponse()
  @ApiErrorResponses(404, 422)
  async delete(@Param('rule_id', IdParamPipe) ruleId: number): Promise<void> {
    await this.rules.delete(ruleId);
  }
}
