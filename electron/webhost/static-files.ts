/** Reads the built renderer's files for the web host; anything outside its folder is refused. */
import { readFile } from 'node:fs/promises';
import { contentTypeFor, resolveRendererFile } from '../core/platform/renderer-files';

export async function readStatic(
  root: string,
  requestUrl: string,
): Promise<{ body: Buffer; contentType: string } | null> {
  const file = resolveRendererFile(root, new URL(requestUrl, 'http://host').pathname);
  if (!file) return null;
  try {
    return { body: await readFile(file), contentType: contentTypeFor(file) };
  } catch {
    return null;
  }
}
