import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig, environmentConfig } from './app-config.service';

@Global()
@Module({
  imports: [ConfigModule.forRoot({ ignoreEnvFile: true, load: [environmentConfig] })],
  providers: [AppConfig],
  exports: [AppConfig],
})
export class AppConfigModule {}
