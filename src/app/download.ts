/**
 * Saving a file the app made (a bundle) to the person's device: a Blob behind a temporary
 * object URL and a link with `download`. Nothing leaves the browser.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next task: the download has started by then in every browser.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Where the build serves the bundle's JSON Schema; a saved bundle points its `$schema` there. */
export function bundleSchemaUrl(): string {
  return new URL('data/schema/bundle.schema.json', document.baseURI).href;
}
