import { apiTypes } from './api-types';

describe('apiTypes', () => {
  it('should work', () => {
    expect(apiTypes()).toEqual('api-types');
  });
});
