import { describe, expect, it } from 'vitest';
import { publicAddressWarnings } from './public-address.ts';

const issues = (address: string) => publicAddressWarnings(address).map((w) => w.issue);

describe('public address warnings', () => {
  it('warns while the address is the server itself', () => {
    expect(issues('http://127.0.0.1:3100')).toEqual(['loopback', 'not_https']);
    expect(issues('http://localhost:3000/')).toEqual(['loopback', 'not_https']);
    expect(issues('https://127.8.0.1')).toEqual(['loopback']);
    expect(issues('http://[::1]:3000')).toEqual(['loopback', 'not_https']);
    expect(issues('http://0.0.0.0:3000')).toEqual(['loopback', 'not_https']);
    expect(publicAddressWarnings('http://127.0.0.1:3100')[0]!.message).toMatch(/điện thoại sẽ không mở được trang tra cứu/);
  });

  it('warns about addresses of the center’s own network', () => {
    expect(issues('http://192.168.1.20:3000')).toEqual(['private_network', 'not_https']);
    expect(issues('https://10.0.0.5')).toEqual(['private_network']);
    expect(issues('https://172.20.0.5')).toEqual(['private_network']);
    expect(issues('https://172.32.0.5')).toEqual([]);
    expect(issues('https://motcua.local')).toEqual(['private_network']);
  });

  it('accepts a public https address, and refuses what is not an address', () => {
    expect(issues('https://motcua.giavien.haiphong.gov.vn')).toEqual([]);
    expect(issues('https://dichvu.haiphong.gov.vn/mot-cua')).toEqual([]);
    expect(issues('http://motcua.giavien.haiphong.gov.vn')).toEqual(['not_https']);
    expect(issues('motcua.giavien.vn')).toEqual(['invalid']);
    expect(issues('ftp://motcua.giavien.vn')).toEqual(['invalid']);
    expect(issues('https://motcua.giavien.vn/?a=1')).toEqual(['invalid']);
    expect(issues('https://motcua.giavien.vn/#x')).toEqual(['invalid']);
    expect(issues('https://user:pw@motcua.giavien.vn')).toEqual(['invalid']);
  });
});
