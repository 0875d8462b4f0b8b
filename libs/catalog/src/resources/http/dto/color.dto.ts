import { ApiProperty } from '@nestjs/swagger';
import { StringField } from '@supply-brain/common';

export class ColorCreate {
  @StringField({ nullable: true, maxLength: 50 })
  pantone_code?: string | null;

  @StringField({ required: true, notBlank: true, maxLength: 50, example: 'C1' })
  inner_code: string;

  @StringField({ nullable: true, maxLength: 255 })
  description?: string | null;
}

export class ColorPatch {
  @StringField({ nullable: true, maxLength: 50 })
  pantone_code?: string | null;

  @StringField({ notBlank: true, maxLength: 50 })
  inner_code?: string;

  @StringField({ nullable: true, maxLength: 255 })
  description?: string | null;
}

export class ColorRead {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ type: String, nullable: true, maxLength: 50 })
  pantone_code: string | null;

  @ApiProperty({ maxLength: 50 })
  inner_code: string;

  @ApiProperty({ type: String, nullable: true, maxLength: 255 })
  description: string | null;
}
