import { ApiProperty } from '@nestjs/swagger';
import { StringField } from '@supply-brain/common';

export class BundleTypeCreate {
  @StringField({ required: true, notBlank: true, maxLength: 50, example: '4pack' })
  code: string;

  @StringField({ required: true, notBlank: true, maxLength: 100, example: '4 pack' })
  name: string;
}

export class BundleTypePatch {
  @StringField({ notBlank: true, maxLength: 50 })
  code?: string;

  @StringField({ notBlank: true, maxLength: 100 })
  name?: string;
}

export class BundleTypeRead {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ maxLength: 50 })
  code: string;

  @ApiProperty({ maxLength: 100 })
  name: string;
}
