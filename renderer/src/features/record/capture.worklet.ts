/**
 * Runs on the audio thread (AudioWorkletGlobalScope). Loaded as its own bundled file through Vite's
 * `?worker&url`, so the strict CSP (script-src 'self') needs no blob: or data: scripts.
 * Mixes the input to mono, reports peak/RMS about every 21 ms (the meter's latency budget is 50 ms),
 * and while recording posts 16-bit PCM chunks of ~250 ms (DESIGN.md §5).
 */

declare const sampleRate: number;
declare function registerProcessor(name: string, ctor: new () => WorkletProcessor): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}
interface WorkletProcessor extends AudioWorkletProcessor {
  process(inputs: Float32Array[][]): boolean;
}

type Command = { type: 'record'; on: boolean } | { type: 'flush' } | { type: 'close' };

const LEVEL_FRAMES = 1024;

class CaptureProcessor extends AudioWorkletProcessor implements WorkletProcessor {
  #recording = false;
  #open = true;
  readonly #chunk = new Int16Array(Math.round(sampleRate / 4));
  #filled = 0;
  #peak = 0;
  #sumSquares = 0;
  #levelFrames = 0;
  #clipped = false;

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent<Command>) => {
      const command = event.data;
      if (command.type === 'record') this.#recording = command.on;
      else if (command.type === 'flush') {
        this.#post();
        this.port.postMessage({ type: 'flushed' });
      } else this.#open = false;
    };
  }

  process(inputs: Float32Array[][]): boolean {
    const channels = inputs[0] ?? [];
    const first = channels[0];
    if (first) {
      const count = channels.length;
      for (let i = 0; i < first.length; i += 1) {
        let sum = 0;
        for (let c = 0; c < count; c += 1) sum += channels[c]?.[i] ?? 0;
        const sample = sum / count;
        const magnitude = Math.abs(sample);
        if (magnitude > this.#peak) this.#peak = magnitude;
        if (magnitude >= 0.999) this.#clipped = true;
        this.#sumSquares += sample * sample;
        this.#levelFrames += 1;
        if (this.#recording) {
          const clamped = Math.max(-1, Math.min(1, sample));
          this.#chunk[this.#filled] = clamped < 0 ? clamped * 0x8000 : clamped * 0x7fff;
          this.#filled += 1;
          if (this.#filled === this.#chunk.length) this.#post();
        }
        if (this.#levelFrames === LEVEL_FRAMES) this.#postLevel();
      }
    }
    return this.#open;
  }

  #post(): void {
    if (this.#filled === 0) return;
    const pcm = this.#chunk.slice(0, this.#filled);
    this.#filled = 0;
    this.port.postMessage({ type: 'pcm', pcm: pcm.buffer }, [pcm.buffer]);
  }

  #postLevel(): void {
    this.port.postMessage({ type: 'level', peak: this.#peak, rms: Math.sqrt(this.#sumSquares / this.#levelFrames), clipped: this.#clipped });
    this.#peak = 0;
    this.#sumSquares = 0;
    this.#levelFrames = 0;
    this.#clipped = false;
  }
}

registerProcessor('cabina-capture', CaptureProcessor);
