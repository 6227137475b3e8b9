import { describe, expect, it } from 'vitest';
import { realtimeUrl } from './realtimeUrl';

describe('realtimeUrl', () => {
  it('follows the page: ws for http, wss for https, same host and port', () => {
    expect(realtimeUrl({ protocol: 'http:', host: 'localhost:3000' })).toBe('ws://localhost:3000/graphql');
    expect(realtimeUrl({ protocol: 'https:', host: 'cspm.example.com' })).toBe('wss://cspm.example.com/graphql');
  });
});
