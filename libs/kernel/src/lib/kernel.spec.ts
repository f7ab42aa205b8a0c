import { kernel } from './kernel';

describe('kernel', () => {
  it('should work', () => {
    expect(kernel()).toEqual('kernel');
  });
});
