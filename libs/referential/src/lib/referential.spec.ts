import { referential } from './referential';

describe('referential', () => {
  it('should work', () => {
    expect(referential()).toEqual('referential');
  });
});
