import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../lib/kinds/keyIndex.ts';

describe('the duplicate-key index', () => {
  it('reports the first row of every repeated key across many keys (growth included)', () => {
    const index = new KeyIndex();
    for (let row = 2; row < 100_002; row++) expect(index.firstRowOf(`913307|${row}|正常工资薪金`, row)).toBe(row);
    expect(index.firstRowOf('913307|50000|正常工资薪金', 200_000)).toBe(50_000);
    expect(index.firstRowOf('913307|2|正常工资薪金', 200_001)).toBe(2);
    expect(index.firstRowOf('913307|100002|正常工资薪金', 200_002)).toBe(200_002);
  });

  it('treats the same row parsed again as its own first', () => {
    const index = new KeyIndex();
    expect(index.firstRowOf('A', 7)).toBe(7);
    expect(index.firstRowOf('A', 7)).toBe(7);
  });
});
