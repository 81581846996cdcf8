/** Saves an exported file the browser way (a Blob and a temporary <a download>), in both shells. */
import { base64ToBytes } from './base64';

export function downloadFile(file: { fileName: string; mimeType: string; contentBase64: string }): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
