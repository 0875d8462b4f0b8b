import { Global, Module } from '@nestjs/common';
import { registerConflictMessages } from '@supply-brain/common';
import { API_KEY_NAME_TAKEN, ApiKeysService } from './application/api-keys.service';
import { ApiKeyRepository } from './persistence/api-key.repository';
import { SECRETS_CIPHER_PROVIDER } from './secrets/secrets-cipher.provider';
import { SecretsCipher } from './secrets/secrets-cipher';
import { SecretsRotationService } from './secrets/secrets-rotation.service';

registerConflictMessages({ uq_api_keys_active_name: API_KEY_NAME_TAKEN });

/** API keys and the secrets cipher, without HTTP: shared by the server and the CLI. */
@Global()
@Module({
  providers: [ApiKeyRepository, ApiKeysService, SECRETS_CIPHER_PROVIDER, SecretsRotationService],
  exports: [ApiKeysService, SecretsCipher, SecretsRotationService],
})
export class AccessCoreModule {}
