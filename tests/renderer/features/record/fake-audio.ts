import type { AudioSystem, Capture, CaptureCallbacks } from '../../../../renderer/src/features/record/audio-system.ts';
import { InputError, type InputProblem } from '../../../../renderer/src/features/record/audio-system.ts';

/** A microphone the test drives by hand: levels, chunks and unplugging on demand. */
export class FakeAudio implements AudioSystem {
  callbacks: CaptureCallbacks | null = null;
  recording = false;
  refuse: InputProblem | null = null;
  opened: (string | null)[] = [];

  async listInputs() {
    return [
      { deviceId: 'mic-usb', label: 'USB Mic' },
      { deviceId: 'mic-built-in', label: '' },
    ];
  }

  async open(deviceId: string | null, callbacks: CaptureCallbacks): Promise<Capture> {
    this.opened.push(deviceId);
    if (this.refuse) throw new InputError(this.refuse, 'refused');
    this.callbacks = callbacks;
    return {
      sampleRate: 48_000,
      channels: 1,
      setRecording: (on) => {
        this.recording = on;
      },
      flush: async () => undefined,
      close: async () => {
        this.callbacks = null;
      },
    };
  }

  onDevicesChanged() {
    return () => undefined;
  }

  /** 250 ms of 48 kHz mono 16-bit. */
  chunk(fill = 1): Uint8Array<ArrayBuffer> {
    const pcm = new Uint8Array(24_000).fill(fill);
    this.callbacks?.onChunk(pcm);
    return pcm;
  }
}
