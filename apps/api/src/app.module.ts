import { Module } from '@nestjs/common';
import { AppConfigModule } from '@supply-brain/common';
import { DatabaseModule } from '@supply-brain/database';
import { RootController } from './root/root.controller';

@Module({
  imports: [AppConfigModule, DatabaseModule],
  controllers: [RootController],
})
export class AppModule {}
