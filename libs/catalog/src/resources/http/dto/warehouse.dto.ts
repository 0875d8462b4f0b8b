import { ApiProperty } from '@nestjs/swagger';
import { StringField } from '@supply-brain/common';

const TYPE_DESCRIPTION = 'Free text; exactly `internal` marks an own (NSC) warehouse';

export class WarehouseCreate {
  @StringField({ required: true, notBlank: true, maxLength: 50, example: 'NSK' })
  code: string;

  @StringField({ required: true, notBlank: true, maxLength: 255, example: 'NSK' })
  name: string;

  @StringField({ required: true, notBlank: true, maxLength: 50, example: 'internal', description: TYPE_DESCRIPTION })
  type: string;
}

export class WarehousePatch {
  @StringField({ notBlank: true, maxLength: 50 })
  code?: string;

  @StringField({ notBlank: true, maxLength: 255 })
  name?: string;

  @StringField({ notBlank: true, maxLength: 50, description: TYPE_DESCRIPTION })
  type?: string;
}

export class WarehouseRead {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ maxLength: 50 })
  code: string;

  @ApiProperty({ maxLength: 255 })
  name: string;

  @ApiProperty({ maxLength: 50, description: TYPE_DESCRIPTION })
  type: string;
}
