// The text of a PDF, through pdf.js (pdfjs-dist, the library behind Firefox's viewer): the text items of each
// page in reading order as pdf.js gives them, a line break where it marks the end of a line, a blank line
// between pages. Evidence offsets point into this text. Nothing is rendered, no script in the file runs.
// pdf.js is loaded on the first PDF only: most builds read none, and it is a large module.
let pdfjs: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;

/** Whether the bytes start as a PDF does (%PDF-, possibly after a few bytes of junk, as readers allow). */
export const isPdf = (bytes: Uint8Array): boolean => Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');

export type PdfText = { ok: true; text: string } | { ok: false; error: string };

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument, VerbosityLevel } = await pdfjs;
  // pdf.js takes ownership of the buffer it is given: pass a copy
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const parts: string[] = [];
      for (const item of content.items as TextItem[]) {
        if (typeof item.str === 'string') parts.push(item.str);
        if (item.hasEOL) parts.push('\n');
      }
      pages.push(
        parts
          .join('')
          .replace(/[ \t]+\n/g, '\n')
          .trimEnd(),
      );
      page.cleanup();
    }
    return { ok: true, text: pages.join('\n\n') };
  } catch (e) {
    const err = e as Error;
    const message = (err.message || err.name || 'unknown error').split('\n')[0]!.replace(/\.$/, '');
    return { ok: false, error: err.name === 'PasswordException' ? 'it is encrypted' : message };
  } finally {
    await task.destroy();
  }
}
