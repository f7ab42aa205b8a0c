import { paginate } from './pagination';

describe(paginate.name, () => {
  const items = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

  it('prints one empty page for an empty list', () => {
    expect(paginate([], 20)).toEqual([{ rows: [], number: 1, count: 1 }]);
  });

  it('fits 20 rows on one page', () => {
    const pages = paginate(items(20), 20);

    expect(pages).toHaveLength(1);
    expect(pages[0]?.rows).toHaveLength(20);
  });

  it('puts the 21st row on a second page', () => {
    const pages = paginate(items(21), 20);

    expect(pages.map((page) => page.rows.length)).toEqual([20, 1]);
    expect(pages[1]?.rows).toEqual([21]);
  });

  it('numbers the pages i/n', () => {
    const pages = paginate(items(45), 20);

    expect(pages.map((page) => `${page.number}/${page.count}`)).toEqual(['1/3', '2/3', '3/3']);
    expect(pages.map((page) => page.rows.length)).toEqual([20, 20, 5]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items(3), 0)).toThrow('invalid page size 0');
  });
});
