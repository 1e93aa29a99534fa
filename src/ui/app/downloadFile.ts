/**
 * Saves a file through the browser's download (an <a download> click). `content` is file text, or
 * a `data:` URL (canvas pictures from html-to-image).
 */
export function downloadFile(fileName: string, content: string, type = 'application/json'): void {
  const isDataUrl = content.startsWith('data:');
  const href = isDataUrl ? content : URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; give the browser a moment before freeing the blob.
  if (!isDataUrl) setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
