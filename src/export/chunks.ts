// Export text is built in flat chunks of about a megabyte: a 100,000-node graph exports to hundreds of
// megabytes, and one string that size doubles memory while it is joined (and V8 caps a string near 512 MB).
// writeExport writes the chunks one after the other; toGexf & co. join them for callers that want a string.

const CHUNK_CHARS = 1 << 20;

export class ChunkedText {
  private parts: string[] = [];
  private size = 0;
  private readonly chunks: string[] = [];

  push(...pieces: string[]): void {
    for (const p of pieces) {
      this.parts.push(p);
      this.size += p.length;
    }
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  private flush(): void {
    if (!this.parts.length) return;
    this.chunks.push(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }

  /** The chunks, in order; the collector is finished. */
  end(): string[] {
    this.flush();
    return this.chunks;
  }
}
