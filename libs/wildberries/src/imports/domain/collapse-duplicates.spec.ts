import { chunksOf, collapseDuplicates } from './collapse-duplicates';

describe('collapseDuplicates', () => {
  const byName = (row: { name: string; value: number }) => row.name;

  it('keeps one row per key with the last occurrence winning', () => {
    const rows = [
      { name: 'b', value: 1 },
      { name: 'a', value: 2 },
      { name: 'b', value: 3 },
    ];
    expect(collapseDuplicates(rows, byName)).toEqual([
      { name: 'a', value: 2 },
      { name: 'b', value: 3 },
    ]);
  });

  it('orders rows by key whatever the payload order, so concurrent imports lock in one order', () => {
    const forward = collapseDuplicates([{ name: 'x', value: 1 }, { name: 'c', value: 1 }], byName);
    const backward = collapseDuplicates([{ name: 'c', value: 1 }, { name: 'x', value: 1 }], byName);
    expect(forward.map(byName)).toEqual(['c', 'x']);
    expect(backward.map(byName)).toEqual(['c', 'x']);
  });
});

describe('chunksOf', () => {
  it('splits into slices of at most the given size, the last one shorter', () => {
    expect(chunksOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('gives no chunk for no rows', () => {
    expect(chunksOf([], 3)).toEqual([]);
  });
});
