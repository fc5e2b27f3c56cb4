/**
 * Saves text as a file through a temporary object URL and a `download` link: no server, nothing
 * leaves the browser. The URL is revoked a little later rather than at once, because some
 * browsers read the blob only after the click has returned.
 */
export function downloadFile(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves a Blob (an image) as a file, as `downloadFile` does text. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
