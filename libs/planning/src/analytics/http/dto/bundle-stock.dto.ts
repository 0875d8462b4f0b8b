import { ApiProperty } from '@nestjs/swagger';
import { RequiredQueryId, RequiredQueryInt } from './required-query';

const INT = { type: 'integer', format: 'int32' } as const;
const COLOR_COUNTS = {
  type: 'object',
  additionalProperties: { type: 'integer' },
  description: 'Keyed by colour id (decimal string), ascending',
  example: { '1': 6, '2': 6 },
} as const;

export class BundleAvailabilityQuery {
  @RequiredQueryId('Article')
  article_id: number;

  @RequiredQueryId('Bundle type whose recipe is assembled')
  bundle_type_id: number;

  @RequiredQueryId('Warehouse whose singles are counted (any type)')
  warehouse_id: number;
}

export class BundleDeficitQuery extends BundleAvailabilityQuery {
  @RequiredQueryInt('Desired number of bundles per size; must be positive')
  target_count: number;
}

export class SizeAvailabilityItem {
  @ApiProperty(INT)
  size_id: number;

  @ApiProperty()
  size_label: string;

  @ApiProperty({ ...INT, description: 'Complete bundles of this size from the warehouse’s singles' })
  available: number;
}

/** C3 (02 §3.3). */
export class BundleAvailabilityResponse {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty(INT)
  bundle_type_id: number;

  @ApiProperty(INT)
  warehouse_id: number;

  @ApiProperty(INT)
  total_available: number;

  @ApiProperty({ type: [SizeAvailabilityItem], description: 'Ascending size_id' })
  per_size: SizeAvailabilityItem[];
}

export class DeficitPerSize {
  @ApiProperty(INT)
  size_id: number;

  @ApiProperty()
  size_label: string;

  @ApiProperty(COLOR_COUNTS)
  required: Record<string, number>;

  @ApiProperty({ ...COLOR_COUNTS, description: 'Balance at the warehouse, negative kept' })
  current: Record<string, number>;

  @ApiProperty(COLOR_COUNTS)
  deficit: Record<string, number>;
}

/** C4 (02 §3.4). */
export class BundleDeficitResponse {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty(INT)
  bundle_type_id: number;

  @ApiProperty(INT)
  warehouse_id: number;

  @ApiProperty(INT)
  target_count: number;

  @ApiProperty({ type: [DeficitPerSize], description: 'Ascending size_id' })
  per_size: DeficitPerSize[];

  @ApiProperty(COLOR_COUNTS)
  total_deficit_per_color: Record<string, number>;
}
