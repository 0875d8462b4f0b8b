import { ApiProperty } from '@nestjs/swagger';
import { QueryBool } from '@supply-brain/common';
import { RequiredQueryDate } from './required-query';

export class OrderProposalQuery {
  @RequiredQueryDate('Date the WB demand is evaluated at')
  target_date: string;

  @QueryBool({ default: true, description: 'Include explanation texts' })
  explanation?: boolean;
}

const INT = { type: 'integer', format: 'int32' } as const;

export class OrderProposalItem {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty(INT)
  color_id: number;

  @ApiProperty(INT)
  size_id: number;

  @ApiProperty({ ...INT, description: 'Proposed purchase quantity, always > 0' })
  quantity: number;

  @ApiProperty({ type: String, nullable: true })
  explanation: string | null;
}

/** C2: the purchase proposal (02 §3.2). */
export class OrderProposalResponse {
  @ApiProperty({ type: String, format: 'date' })
  target_date: string;

  @ApiProperty({ type: [OrderProposalItem], description: 'Ascending article_id, then SKU unit id' })
  items: OrderProposalItem[];

  @ApiProperty({ type: String, nullable: true })
  global_explanation: string | null;
}
