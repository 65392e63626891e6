import express from 'express';
import { trustProxySetting } from './transport.js';

describe('trustProxySetting', () => {
  const trusts = (publicUrl: string, address: string) => {
    const app = express();
    const setting = trustProxySetting(publicUrl);
    if (setting) app.set('trust proxy', setting);
    return (app.get('trust proxy fn') as (addr: string, i: number) => boolean)(address, 0);
  };

  it('believes a proxy on the same host or the private network when the portal is published over https', () => {
    for (const address of ['127.0.0.1', '::1', '10.1.2.3', '192.168.1.10', '172.16.0.5', 'fd00::1']) {
      expect({ address, trusted: trusts('https://dautu.soctrang.gov.vn', address) }).toEqual({ address, trusted: true });
    }
  });

  it('never believes a client on the open internet', () => {
    for (const address of ['203.0.113.7', '8.8.8.8', '2001:db8::1']) {
      expect({ address, trusted: trusts('https://dautu.soctrang.gov.vn', address) }).toEqual({ address, trusted: false });
    }
  });

  it('believes nobody when the portal is published over plain HTTP', () => {
    expect(trustProxySetting('http://localhost:3000')).toBe(false);
    expect(trusts('http://localhost:3000', '127.0.0.1')).toBe(false);
  });
});
