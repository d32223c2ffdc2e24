// Export text is built in flat chunks of about a megabyte: a 100,000-node graph exports to hundreds of
// megabytes, and one string that size doubles memory while it is joined (and V8 caps a string near 512 MB).
// With a sink, each chunk goes out as soon as it is full (exportToPath writes it to the file), so an export
// never holds more than a chunk of its text; without one the chunks are kept, and toGexf & co. join them.

const CHUNK_CHARS = 1 << 20;

/** Receives an export's text, one chunk after another. */
export type ChunkSink = (chunk: string) => void;

export class ChunkedText {
  private parts: string[] = [];
  private size = 0;
  private readonly chunks: string[] = [];

  constructor(private readonly sink?: ChunkSink) {}

  push(...pieces: string[]): void {
    for (const p of pieces) {
      this.parts.push(p);
      this.size += p.length;
    }
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  private flush(): void {
    if (!this.parts.length) return;
    const chunk = this.parts.join('');
    if (this.sink) this.sink(chunk);
    else this.chunks.push(chunk);
    this.parts = [];
    this.size = 0;
  }

  /** The chunks, in order (none when they went to a sink); the collector is finished. */
  end(): string[] {
    this.flush();
    return this.chunks;
  }
}
