import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from './app-file-path';
import { contentTypeFor } from '../core/platform/renderer-files';

const ROOT = '/opt/kefu/out/renderer';

describe('resolveAppFile', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppFile(ROOT, 'kefu://app/index.html')).toBe(`${ROOT}/index.html`);
    expect(resolveAppFile(ROOT, 'kefu://app/assets/index-abc.js')).toBe(`${ROOT}/assets/index-abc.js`);
    expect(resolveAppFile(ROOT, 'kefu://app/index.html#/panel')).toBe(`${ROOT}/index.html`);
    expect(resolveAppFile(ROOT, 'kefu://app/index.html?x=1')).toBe(`${ROOT}/index.html`);
  });

  it('serves index.html for the root and for folders', () => {
    expect(resolveAppFile(ROOT, 'kefu://app/')).toBe(`${ROOT}/index.html`);
    expect(resolveAppFile(ROOT, 'kefu://app')).toBe(`${ROOT}/index.html`);
    expect(resolveAppFile(ROOT, 'kefu://app/assets/')).toBe(`${ROOT}/assets/index.html`);
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppFile(ROOT, 'kefu://app/fonts/%E5%AE%8B%E4%BD%93.woff2')).toBe(
      `${ROOT}/fonts/宋体.woff2`,
    );
  });

  it.each([
    'kefu://app/..%2F..%2Fetc%2Fpasswd',
    'kefu://app/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'kefu://app/%2e%2e%2f%2e%2e%2fsecret',
    'kefu://app/index.html%00.js',
    'kefu://app/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(ROOT, url)).toBeNull();
  });

  it('keeps literal dot-dot segments and encoded absolute paths inside the root', () => {
    // The URL parser already collapsed the literal `..`; the leading encoded `/` is dropped.
    expect(resolveAppFile(ROOT, 'kefu://app/../../etc/passwd')).toBe(`${ROOT}/etc/passwd`);
    expect(resolveAppFile(ROOT, 'kefu://app/%2Fetc%2Fpasswd')).toBe(`${ROOT}/etc/passwd`);
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppFile(ROOT, 'kefu://evil/index.html')).toBeNull();
    expect(resolveAppFile(ROOT, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(ROOT, 'https://app/index.html')).toBeNull();
    expect(resolveAppFile(ROOT, 'garbage')).toBeNull();
  });

  it('refuses backslash traversal and drive paths on Windows', () => {
    const root = 'C:\\Program Files\\Kefu Desk\\resources\\app.asar\\out\\renderer';
    expect(resolveAppFile(root, 'kefu://app/assets/app.js', path.win32)).toBe(`${root}\\assets\\app.js`);
    expect(resolveAppFile(root, 'kefu://app/..%5C..%5C..%5Csecret.txt', path.win32)).toBeNull();
    expect(resolveAppFile(root, 'kefu://app/C:%5CWindows%5Cwin.ini', path.win32)).toBeNull();
    expect(resolveAppFile(root, 'kefu://app/%5C%5Cserver%5Cshare%5Cx', path.win32)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('names what a Vite build emits', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/index-1.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/r/a.b/LICENSE')).toBe('application/octet-stream');
  });
});
