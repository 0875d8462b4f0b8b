import { EnumField, Role, ROLES_IN_ORDER, StringField } from '@supply-brain/common';

export class CreateApiKeyRequest {
  @StringField({ required: true, notBlank: true, maxLength: 100, description: 'Who the key is for, unique among active keys', example: 'partner-x' })
  name: string;

  @EnumField(ROLES_IN_ORDER, 'ApiKeyRole', { required: true, description: 'reader < planner < admin; each includes the ones before it' })
  role: Role;
}
